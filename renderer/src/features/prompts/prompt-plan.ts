import type { Prompt } from '../../../../shared/contract';
import type { PromptPhase } from '../../../../shared/prompts/prompt-phases';
import { FOLLOW_UP_PHASE_ORDER, groupByPhase, offered, type PromptGroup } from './prompt-groups';

/** One prompt moved one place up (-1) or down (+1); at either end the order stays as it was. */
export function movePlanned(ids: readonly string[], index: number, offset: -1 | 1): string[] {
  const target = index + offset;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return [...ids];
  const moved = [...ids];
  [moved[index], moved[target]] = [moved[target]!, moved[index]!];
  return moved;
}

/**
 * The plan after one phase's checkboxes changed to `ticked`: prompts unticked there leave the
 * plan, newly ticked ones join at its end, and everything else keeps its place.
 */
export function replanPhase(plan: readonly string[], phasePromptIds: readonly string[], ticked: readonly string[]): string[] {
  const kept = plan.filter((id) => !phasePromptIds.includes(id) || ticked.includes(id));
  return [...kept, ...ticked.filter((id) => !plan.includes(id))];
}

export interface PickerSection {
  id: string;
  title: string;
  prompts: Prompt[];
}

export const PLANNED_SECTION_TITLE = 'Planned for this session';

/**
 * What the picker lists: the session's follow-up plan first, in its order, then every other
 * offered prompt by phase (follow-up and after first). A prompt appears once; archived ones not at all.
 */
export function pickerSections(library: readonly Prompt[], plan: readonly Prompt[], phaseLabels: Record<PromptPhase, string>): PickerSection[] {
  const planned = offered(plan);
  const plannedIds = new Set(planned.map((prompt) => prompt.id));
  const rest: PromptGroup[] = groupByPhase(
    offered(library).filter((prompt) => !plannedIds.has(prompt.id)),
    FOLLOW_UP_PHASE_ORDER,
  );
  const sections = rest.map((group) => ({ id: group.phase, title: phaseLabels[group.phase], prompts: group.prompts }));
  return planned.length > 0 ? [{ id: 'planned', title: PLANNED_SECTION_TITLE, prompts: planned }, ...sections] : sections;
}
