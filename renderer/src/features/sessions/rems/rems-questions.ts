import type { RemsManualFields, RemsPrefill } from '../../../../../shared/session/rems-form';

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

export function doseText(prefill: RemsPrefill): string {
  return prefill.doseCategory === 'other' ? `Other: ${prefill.doseMg} mg` : `${prefill.doseCategory} mg`;
}
