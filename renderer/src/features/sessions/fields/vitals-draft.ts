import { VITAL_RANGES, type VitalField, type Vitals } from '../../../../../shared/session/timeline';

/** Readings as typed; NaN is an empty field (react-aria's NumberField convention). */
export type VitalsDraft = Record<VitalField, number>;

export const VITAL_FIELDS = Object.keys(VITAL_RANGES) as VitalField[];

export const EMPTY_VITALS: VitalsDraft = { systolic: Number.NaN, diastolic: Number.NaN, heartRate: Number.NaN, spo2: Number.NaN };

export function draftFromVitals(vitals: Vitals): VitalsDraft {
  return Object.fromEntries(VITAL_FIELDS.map((field) => [field, vitals[field] ?? Number.NaN])) as VitalsDraft;
}

/** The readings entered, or null when every field is empty. */
export function vitalsFromDraft(draft: VitalsDraft): Vitals | null {
  const entered = VITAL_FIELDS.filter((field) => !Number.isNaN(draft[field]));
  return entered.length ? Object.fromEntries(entered.map((field) => [field, draft[field]])) : null;
}

/** A reading outside the plausible range is a slip, not a reading: say which range. */
export function vitalsProblems(draft: VitalsDraft): Partial<Record<VitalField, string>> {
  const problems: Partial<Record<VitalField, string>> = {};
  for (const field of VITAL_FIELDS) {
    const value = draft[field];
    const { min, max, unit } = VITAL_RANGES[field];
    if (Number.isNaN(value)) continue;
    if (!Number.isInteger(value) || value < min || value > max) problems[field] = `Enter a whole number from ${min} to ${max} ${unit}.`;
  }
  return problems;
}

/**
 * The readings worth an alert: those in their plausible range. A number on its way to being typed
 * (13 for 138) or a slip (400) raises no threshold alert; the range message says what is wrong.
 */
export function plausibleVitals(draft: VitalsDraft): Vitals | null {
  const problems = vitalsProblems(draft);
  return vitalsFromDraft(Object.fromEntries(VITAL_FIELDS.map((field) => [field, problems[field] ? Number.NaN : draft[field]])) as VitalsDraft);
}
