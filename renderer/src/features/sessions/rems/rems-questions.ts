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

/** A blood pressure or a yes/no the timeline gave, as the form and its printout show it: marked when it rests on a late entry. */
export function prefilledAnswer(prefill: RemsPrefill, field: RemsLateField): string {
  const value = prefill[field];
  const text = typeof value === 'boolean' ? yesNo(value) : orBlank(value);
  const late = lateEntryMark(prefill.lateSources[field] ?? null, formatDateTime);
  return late ? `${text} (${late})` : text;
}

/** Vitals before discharge: the therapist's answer, else what the discharge checklist said. */
export function vitalsAcceptableBeforeDischarge(fields: RemsManualFields, prefill: RemsPrefill): boolean | null {
  return fields.vitalsAcceptableBeforeDischarge ?? prefill.vitalsAcceptableBeforeDischarge;
}

export function doseText(prefill: RemsPrefill): string {
  return prefill.doseCategory === 'other' ? `Other: ${prefill.doseMg} mg` : `${prefill.doseCategory} mg`;
}
