import { effectiveOfKind, type ResolvedEvent } from '../session/timeline';
import { sameSideEffect, type SideEffectLevel } from './side-effect-items';

interface Answer {
  label: string;
  level: SideEffectLevel;
}

/**
 * The items a checklist asks: the clinic's list today, each under the label an earlier save
 * recorded for it, then what an earlier save recorded that the clinic no longer lists, so saving
 * again never drops an answer.
 */
export function checklistItems(clinicItems: readonly string[], recorded: readonly Answer[]): string[] {
  const asked = clinicItems.map((item) => recorded.find((answer) => sameSideEffect(answer.label, item))?.label ?? item);
  const dropped = recorded.filter((answer) => !clinicItems.some((item) => sameSideEffect(item, answer.label))).map((answer) => answer.label);
  return [...asked, ...dropped];
}

/** The adverse events the room logged for the session (not withdrawn): the checklist offers them as suggestions to confirm. */
export function adverseEventsLogged(resolved: readonly ResolvedEvent[]): string[] {
  return [...new Set(effectiveOfKind(resolved, 'adverse-event').flatMap((event) => event.entry.items))];
}

/** One row of the grid across a course: an item and its level after each dose, null where that dose's checklist did not record it. */
export interface SideEffectRow {
  label: string;
  levels: (SideEffectLevel | null)[];
}

/**
 * The grid of a course's checklists (one per dose, null where none was recorded): a row for each
 * item any of them recorded, under the label first recorded. Items the clinic lists come in its
 * order, then items it no longer lists, in the order they were first recorded. Items never
 * recorded in the course have no row.
 */
export function sideEffectRows(clinicItems: readonly string[], checklists: readonly (readonly Answer[] | null)[]): SideEffectRow[] {
  const labels: string[] = [];
  for (const answers of checklists) for (const { label } of answers ?? []) if (!labels.some((known) => sameSideEffect(known, label))) labels.push(label);
  const rank = (label: string) => {
    const position = clinicItems.findIndex((item) => sameSideEffect(item, label));
    return position === -1 ? clinicItems.length : position;
  };
  return labels
    .map((label, firstSeen) => ({ label, firstSeen }))
    .sort((a, b) => rank(a.label) - rank(b.label) || a.firstSeen - b.firstSeen)
    .map(({ label }) => ({ label, levels: checklists.map((answers) => answers?.find((answer) => sameSideEffect(answer.label, label))?.level ?? null) }));
}
