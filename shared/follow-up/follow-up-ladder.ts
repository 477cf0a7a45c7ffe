import { z } from 'zod';
import { addCalendarDays, localCalendarDate } from '../calendar-date';

/** What a follow-up contact can become: planned until the therapist marks it done or skips it, and then final. */
export const FOLLOW_UP_STATUSES = ['planned', 'done', 'skipped'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FOLLOW_UP_LIMITS = { offsetDays: { min: 1, max: 90 }, label: 80, rungs: 6, skipReason: 500 } as const;

/** One contact the clinic proposes after every dose: so many calendar days after the dose day, and what it is called. */
export const followUpRungSchema = z.strictObject({
  offsetDays: z.number().int().min(FOLLOW_UP_LIMITS.offsetDays.min).max(FOLLOW_UP_LIMITS.offsetDays.max),
  label: z.string().trim().min(1, 'Required').max(FOLLOW_UP_LIMITS.label),
});
export type FollowUpRung = z.infer<typeof followUpRungSchema>;

/** The clinic's ladder of contacts after a dose, each day once. Empty means no contact is proposed. */
export const followUpLadderSchema = z
  .array(followUpRungSchema)
  .max(FOLLOW_UP_LIMITS.rungs)
  .refine((rungs) => new Set(rungs.map((rung) => rung.offsetDays)).size === rungs.length, 'Each day after the dose once');
export type FollowUpLadder = z.infer<typeof followUpLadderSchema>;

/**
 * The day after and one week after the dose. Our choice, following the clinical brief's 24-72 hour
 * integration window and its weekly themes (docs/clinical.md, "Follow-up contacts").
 */
export const DEFAULT_FOLLOW_UP_LADDER: FollowUpLadder = [
  { offsetDays: 1, label: 'Next-day check-in' },
  { offsetDays: 7, label: 'One-week integration' },
];

/** The day a rung falls on: calendar days after the dose day, so a daylight-saving change or a month end never shifts it. */
export function followUpDueDate(doseDay: string, offsetDays: number): string {
  return addCalendarDays(doseDay, offsetDays);
}

/** The contacts a dose on `doseDay` proposes, earliest first. */
export function followUpDates(doseDay: string, ladder: readonly FollowUpRung[]): (FollowUpRung & { dueDate: string })[] {
  return [...ladder].sort((a, b) => a.offsetDays - b.offsetDays).map((rung) => ({ ...rung, dueDate: followUpDueDate(doseDay, rung.offsetDays) }));
}

/** The day of the dose where the therapist is (main runs on the therapist's machine, in their zone). */
export function doseDayOf(dosedAt: number): string {
  return localCalendarDate(dosedAt);
}
