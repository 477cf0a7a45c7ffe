import { z } from 'zod';
import { isCalendarDate } from '../calendar-date';

/** Limits per field: a too-long value is refused at the boundary instead of stored. */
export const FIELD_LIMITS = {
  id: 64,
  name: 200,
  pronouns: 60,
  clientNote: 2000,
  search: 200,
  passphrase: 1024,
  recoveryCode: 200,
  /** One group of the recovery code typed back to confirm it was written down. */
  recoveryGroup: 32,
} as const;

export const idSchema = z
  .string()
  .min(1)
  .max(FIELD_LIMITS.id)
  .regex(/^[A-Za-z0-9_-]+$/, 'Must be an id');

/** Trimmed text; blank becomes null so "no pronouns" is one value, not two. */
export function optionalText(max: number) {
  return z
    .string()
    .max(max)
    .transform((value) => value.trim())
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null);
}

export function requiredText(max: number) {
  return z
    .string()
    .max(max)
    .transform((value) => value.trim())
    .pipe(z.string().min(1, 'Required'));
}

/** The earliest date a record takes (a date of birth, a due date). */
export const EARLIEST_CALENDAR_DATE = '1900-01-01';

export const calendarDateSchema = z
  .string()
  .max(10)
  .refine(isCalendarDate, 'Must be a date written YYYY-MM-DD')
  .refine((value) => value >= EARLIEST_CALENDAR_DATE, 'Must be after 1900');

export const epochMillisSchema = z.number().int().min(0).max(8.64e15);

export const emptyInput = z.strictObject({});
