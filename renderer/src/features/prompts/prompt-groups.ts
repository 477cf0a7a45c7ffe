import type { Prompt } from '../../../../shared/contract';
import { PROMPT_PHASES, type PromptPhase } from '../../../../shared/prompts/prompt-phases';

export interface PromptGroup {
  phase: PromptPhase;
  prompts: Prompt[];
}

/**
 * Planning a follow-up starts from what the client brings 24-72 hours later, then what was
 * captured right after the session; the other phases follow in their usual order.
 */
export const FOLLOW_UP_PHASE_ORDER: readonly PromptPhase[] = ['follow-up', 'after', 'before', 'during', 'weekly'];

/** Prompts by phase, phases in `order`, each keeping the list's own order; phases with none are left out. */
export function groupByPhase(prompts: readonly Prompt[], order: readonly PromptPhase[] = PROMPT_PHASES): PromptGroup[] {
  return order.map((phase) => ({ phase, prompts: prompts.filter((prompt) => prompt.phase === phase) })).filter((group) => group.prompts.length > 0);
}

/** The prompts the room and the pickers offer: archived ones stay in the library only. */
export function offered(prompts: readonly Prompt[]): Prompt[] {
  return prompts.filter((prompt) => prompt.archivedAt === null);
}

const SHORT_WORDS = 6;

/** The opening words of a prompt, to name its buttons ("Edit What would you like to…"). */
export function firstWords(text: string, count = SHORT_WORDS): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}
