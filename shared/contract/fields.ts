import { z } from 'zod';

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

export const idSchema = z.string().min(1).max(FIELD_LIMITS.id).regex(/^[A-Za-z0-9_-]+$/, 'Must be an id');

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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD that exists (no 31 February). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const calendarDateSchema = z
  .string()
  .max(10)
  .refine(isCalendarDate, 'Must be a date written YYYY-MM-DD')
  .refine((value) => value >= '1900-01-01', 'Must be after 1900');

export const epochMillisSchema = z.number().int().min(0).max(8.64e15);

export const emptyInput = z.strictObject({});
