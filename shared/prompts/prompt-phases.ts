import type { SessionClock } from '../session/session-clock';

/** When a prompt is meant for (docs/clinical.md, section 6). */
export const PROMPT_PHASES = ['before', 'during', 'after', 'follow-up', 'weekly'] as const;
export type PromptPhase = (typeof PROMPT_PHASES)[number];

export const PROMPT_PHASE_LABELS: Record<PromptPhase, string> = {
  before: 'Before (preparation)',
  during: 'During',
  after: 'Right after (30 min - 2 h)',
  'follow-up': '24-72 hours later',
  weekly: 'Weekly',
};

/**
 * Which prompts the session room offers now: preparation until the dose, brief check-ins while
 * the medicine acts (onset and peak), capture-before-processing from the return on.
 */
export function promptPhaseForClock(clock: Pick<SessionClock, 'stage' | 'phase'>): PromptPhase {
  if (clock.stage === 'before-dose') return 'before';
  if (clock.stage === 'ended') return 'after';
  switch (clock.phase?.key) {
    case 'onset':
    case 'peak':
    case undefined:
      return 'during';
    case 'return':
    case 'integration':
    case 'discharge':
      return 'after';
  }
}
