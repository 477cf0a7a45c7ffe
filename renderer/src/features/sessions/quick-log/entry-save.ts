import type { TimelineEntry } from '../../../../../shared/session/timeline';

/** What a quick-log dialog hands back: a new entry (log) or a replacement (correction), optionally back-dated. */
export type SaveEntry = (entry: TimelineEntry, at?: number) => Promise<unknown>;

const MINUTE = 60_000;

/** "Taken 3 minutes ago" as a time, measured now, when the therapist saves. */
export function minutesAgo(minutes: number): number | undefined {
  return Number.isNaN(minutes) || minutes <= 0 ? undefined : Date.now() - minutes * MINUTE;
}

export const MINUTES_AGO_MAX = 720;

export function minutesAgoProblem(minutes: number): string | undefined {
  if (Number.isNaN(minutes)) return undefined;
  return Number.isInteger(minutes) && minutes >= 0 && minutes <= MINUTES_AGO_MAX ? undefined : `Enter whole minutes from 0 to ${MINUTES_AGO_MAX}.`;
}

/** A quick-log dialog's title and button: a new entry is added to the timeline, a correction saved over one, a late entry added after discharge. */
export function entryDialogText(title: string, correcting: boolean, late = false): { title: string; submitLabel: string } {
  if (correcting) return { title: `Correct: ${title}`, submitLabel: 'Save correction' };
  return late ? { title: `Late entry: ${title}`, submitLabel: 'Add late entry' } : { title, submitLabel: 'Add to timeline' };
}
