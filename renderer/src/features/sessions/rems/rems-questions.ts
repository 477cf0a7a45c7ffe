import { lateEntryMark } from '../../../../../shared/session/describe-entry';
import type { RemsLateField, RemsManualFields, RemsPrefill } from '../../../../../shared/session/rems-form';
import { formatDateTime } from '../../../ui/time-text';

type YesNoKey = {
  [K in keyof RemsManualFields]: RemsManualFields[K] extends boolean | null ? K : never;
}[keyof RemsManualFields];

/** The concomitant medicines the form asks about, in its order. */
export const CONCOMITANT_MEDICINES: readonly { key: YesNoKey; label: string }[] = [
  { key: 'benzodiazepines', label: 'Benzodiazepines' },
  { key: 'nonBenzodiazepineHypnotics', label: 'Non-benzodiazepine hypnotics' },
  { key: 'psychostimulants', label: 'Psychostimulants' },
  { key: 'maois', label: 'MAOIs' },
  { key: 'opioids', label: 'Opioids' },
];

export const SEX_OPTIONS = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'other', label: 'Other' },
] as const;

export function yesNo(value: boolean | null): string {
  return value === null ? 'Not answered' : value ? 'Yes' : 'No';
}

export function orBlank(value: string | number | null): string {
  return value === null || value === '' ? 'Not recorded' : String(value);
}

/** A blood pressure or a yes/no the timeline gave, and the mark of the late entry it rests on (null when an entry from the session gives it). */
export function prefilledAnswer(prefill: RemsPrefill, field: RemsLateField): { text: string; late: string | null } {
  const value = prefill[field];
  return { text: typeof value === 'boolean' ? yesNo(value) : orBlank(value), late: lateEntryMark(prefill.lateSources[field] ?? null, formatDateTime) };
}

/** The same answer on one printed line, the late entry's mark after it. */
export function printedAnswer(prefill: RemsPrefill, field: RemsLateField): string {
  const { text, late } = prefilledAnswer(prefill, field);
  return late ? `${text} (${late})` : text;
}

/** Vitals before discharge: the therapist's answer, else what the discharge checklist said. */
export function vitalsAcceptableBeforeDischarge(fields: RemsManualFields, prefill: RemsPrefill): boolean | null {
  return fields.vitalsAcceptableBeforeDischarge ?? prefill.vitalsAcceptableBeforeDischarge;
}

export function doseText(prefill: RemsPrefill): string {
  return prefill.doseCategory === 'other' ? `Other: ${prefill.doseMg} mg` : `${prefill.doseCategory} mg`;
}
