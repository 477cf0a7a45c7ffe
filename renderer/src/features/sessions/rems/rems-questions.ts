import { CLIENT_SEXES, SEX_LABELS } from '../../../../../shared/clients/client-sex';
import { lateEntryMark } from '../../../../../shared/session/describe-entry';
import {
  readyToLeaveOrSuggested,
  suggestedReadyTime,
  type RemsDerivedField,
  type RemsManualFields,
  type RemsPrefill,
} from '../../../../../shared/session/rems-form';
import { formatClockTime, formatDateTime } from '../../../ui/time-text';

type YesNoKey = {
  [K in keyof RemsManualFields]-?: RemsManualFields[K] extends boolean | null ? K : never;
}[keyof RemsManualFields];

/** The concomitant medicines the form asks about, in its order. */
export const CONCOMITANT_MEDICINES: readonly { key: YesNoKey; label: string }[] = [
  { key: 'benzodiazepines', label: 'Benzodiazepines' },
  { key: 'nonBenzodiazepineHypnotics', label: 'Non-benzodiazepine hypnotics' },
  { key: 'psychostimulants', label: 'Psychostimulants' },
  { key: 'maois', label: 'MAOIs' },
  { key: 'opioids', label: 'Opioids' },
];

export const SEX_OPTIONS = CLIENT_SEXES.map((value) => ({ value, label: SEX_LABELS[value] }));

export function yesNo(value: boolean | null): string {
  return value === null ? 'Not answered' : value ? 'Yes' : 'No';
}

export function orBlank(value: string | number | null): string {
  return value === null || value === '' ? 'Not recorded' : String(value);
}

export function doseText(prefill: RemsPrefill): string {
  return prefill.doseCategory === 'other' ? `Other: ${prefill.doseMg} mg` : `${prefill.doseCategory} mg`;
}

export const DERIVED_LABELS: Record<RemsDerivedField, string> = {
  sessionDate: 'Date',
  dose: 'Dose',
  totalMonitoringMinutes: 'Total minutes, first device to end of monitoring',
  bpBeforeDosing: 'Blood pressure before dosing',
  bpAt40Minutes: 'Blood pressure at 40 minutes',
  bpBeforeDischarge: 'Blood pressure before discharge',
  sedation: 'Sedation',
  dissociation: 'Dissociation',
  respiratoryDepression: 'Respiratory depression',
};

/** The timeline's answer, as the form words it. */
export function derivedText(prefill: RemsPrefill, key: RemsDerivedField): string {
  switch (key) {
    case 'sessionDate':
      return orBlank(prefill.sessionDate);
    case 'dose':
      return doseText(prefill);
    case 'totalMonitoringMinutes':
      return orBlank(prefill.totalMonitoringMinutes);
    case 'bpBeforeDosing':
    case 'bpAt40Minutes':
    case 'bpBeforeDischarge':
      return orBlank(prefill[key]);
    case 'sedation':
    case 'dissociation':
    case 'respiratoryDepression':
      return yesNo(prefill[key]);
  }
}

/** "Late entry, written 2 Dec 2026, 16:05" when the timeline's answer rests on an entry added after discharge; else null. */
export function lateMarkOf(prefill: RemsPrefill, key: RemsDerivedField): string | null {
  return lateEntryMark(prefill.lateSources[key] ?? null, formatDateTime);
}

/** The timeline's answer with the mark of a late entry it rests on, for print. */
function timelineAnswer(prefill: RemsPrefill, key: RemsDerivedField): string {
  const late = lateMarkOf(prefill, key);
  return late ? `${derivedText(prefill, key)} (${late})` : derivedText(prefill, key);
}

/** The answer as printed: the therapist's override with the timeline's value kept beside it, else the timeline's. */
export function printedDerived(fields: RemsManualFields, prefill: RemsPrefill, key: RemsDerivedField): string {
  const override = fields.overrides?.[key];
  return override === undefined ? timelineAnswer(prefill, key) : `${orBlank(override)} (overridden; the timeline says ${timelineAnswer(prefill, key)})`;
}

/** What the ready-to-leave field says under it: where a suggested time comes from, or the timeline's time beside the therapist's. */
export function readyToLeaveNote(fields: RemsManualFields, prefill: RemsPrefill): string {
  const suggested = suggestedReadyTime(prefill);
  if (prefill.clinicallyReadyAt === null) return 'The time, HH:MM.';
  const logged = `“Clinically ready” logged at ${formatClockTime(prefill.clinicallyReadyAt)}`;
  if (fields.readyToLeaveTime === '') return `From ${logged}. Change it if that is not right.`;
  return fields.readyToLeaveTime === suggested ? `From ${logged}.` : `Changed. The timeline has ${logged}.`;
}

/** The ready-to-leave time as printed, with the timeline's kept beside the therapist's when they differ. */
export function printedReadyToLeave(fields: RemsManualFields, prefill: RemsPrefill): string {
  const time = readyToLeaveOrSuggested(fields, prefill);
  const timeline = suggestedReadyTime(prefill);
  return timeline !== null && time !== timeline ? `${time} (overridden; the timeline says ${timeline})` : orBlank(time);
}
