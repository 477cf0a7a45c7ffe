import { z } from 'zod';
import { addCalendarDays, localCalendarDate } from '../calendar-date';
import { CLIENT_SEXES, type ClientSex } from '../clients/client-sex';
import type { Client } from '../contract/clients';
import { isBeforeDose } from './room-state';
import { deriveAnchors } from './session-clock';
import { effectiveOfKind, type ResolvedEvent, type Vitals } from './timeline';

/**
 * The Spravato REMS Patient Monitoring Form (docs/clinical.md, section 5). The app fills what the timeline
 * already knows and the therapist enters the rest; it never submits anything itself.
 */
const yesNo = z.boolean().nullable();
/** Lengths of the form's free text; its fields stop typing at the same. */
export const REMS_TEXT_LIMITS = { short: 200, lotNumber: 60, seriousAdverseEvents: 2000 } as const;
const shortText = z.string().trim().max(REMS_TEXT_LIMITS.short);

/**
 * Answers the form takes from the timeline. The therapist may override each (the timeline can be
 * incomplete); the timeline's own value is kept and shown beside the override.
 */
export const REMS_DERIVED_FIELDS = [
  'sessionDate',
  'dose',
  'totalMonitoringMinutes',
  'bpBeforeDosing',
  'bpAt40Minutes',
  'bpBeforeDischarge',
  'sedation',
  'dissociation',
  'respiratoryDepression',
] as const;
export type RemsDerivedField = (typeof REMS_DERIVED_FIELDS)[number];

/** What only the therapist can enter, plus overrides of the prefilled answers. */
export const remsManualFieldsSchema = z.strictObject({
  sex: z.enum([...CLIENT_SEXES, '']),
  firstTreatment: yesNo,
  benzodiazepines: yesNo,
  nonBenzodiazepineHypnotics: yesNo,
  psychostimulants: yesNo,
  maois: yesNo,
  opioids: yesNo,
  monitoringProvider: shortText,
  monitoringSetting: shortText,
  lotNumber: z.string().trim().max(REMS_TEXT_LIMITS.lotNumber),
  /** HH:MM, local: when the patient would have been ready to leave without the 2-hour rule. */
  readyToLeaveTime: z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM')]),
  vitalsAcceptableBeforeDosing: yesNo,
  vitalsAcceptableBeforeDischarge: yesNo,
  seriousAdverseEvents: z.string().trim().max(REMS_TEXT_LIMITS.seriousAdverseEvents),
  /** Absent in forms saved before overrides existed. */
  overrides: z.partialRecord(z.enum(REMS_DERIVED_FIELDS), shortText).optional(),
});
export type RemsManualFields = z.infer<typeof remsManualFieldsSchema>;

export const EMPTY_REMS_MANUAL_FIELDS: RemsManualFields = {
  sex: '',
  firstTreatment: null,
  benzodiazepines: null,
  nonBenzodiazepineHypnotics: null,
  psychostimulants: null,
  maois: null,
  opioids: null,
  monitoringProvider: '',
  monitoringSetting: '',
  lotNumber: '',
  readyToLeaveTime: '',
  vitalsAcceptableBeforeDosing: null,
  vitalsAcceptableBeforeDischarge: null,
  seriousAdverseEvents: '',
};

/** What the form knows from the session, each value null when the timeline does not say. */
export interface RemsPrefill {
  patientName: string;
  dateOfBirth: string | null;
  /** From the client's record; null when not recorded there. */
  sex: ClientSex | null;
  sessionDate: string | null;
  doseMg: number;
  doseCategory: '56' | '84' | 'other';
  totalMonitoringMinutes: number | null;
  bpBeforeDosing: string | null;
  bpAt40Minutes: string | null;
  bpBeforeDischarge: string | null;
  sedation: boolean;
  dissociation: boolean;
  respiratoryDepression: boolean;
  vitalsAcceptableBeforeDischarge: boolean | null;
  /** Yes for session 1 of the course; otherwise not known from the record (an earlier course may have had esketamine). */
  firstTreatment: boolean | null;
  /** When the therapist last logged "Clinically ready" (effective entries only); null when never. */
  clinicallyReadyAt: number | null;
  /** Answers that rest on a late entry (added after discharge: a blood pressure, or a yes from an adverse event), with when it was written, so the form can say so. */
  lateSources: Partial<Record<RemsDerivedField, number>>;
}

/** The yes/no answers the session suggests and the therapist may change. */
export type SuggestedAnswer = 'firstTreatment' | 'vitalsAcceptableBeforeDischarge';

/** The therapist's answer, else what the session suggests. */
export function answerOrSuggested(fields: RemsManualFields, prefill: RemsPrefill, key: SuggestedAnswer): boolean | null {
  return fields[key] ?? prefill[key];
}

/** The sex on the form: the therapist's answer, else the client record's ('' when neither says). */
export function sexOrRecorded(fields: RemsManualFields, prefill: RemsPrefill): RemsManualFields['sex'] {
  return fields.sex || (prefill.sex ?? '');
}

/** The ready-to-leave time the timeline suggests, HH:MM as the form's field takes it; null without a "Clinically ready". */
export function suggestedReadyTime(prefill: RemsPrefill): string | null {
  return prefill.clinicallyReadyAt === null ? null : localClockTime(prefill.clinicallyReadyAt);
}

/** The ready-to-leave time on the form: the therapist's, else the latest "Clinically ready" in the timeline ('' when neither). */
export function readyToLeaveOrSuggested(fields: RemsManualFields, prefill: RemsPrefill): string {
  return fields.readyToLeaveTime || (suggestedReadyTime(prefill) ?? '');
}

/** "14:05": a time of day on the device's clock, as the form's time fields take it. */
function localClockTime(epochMs: number): string {
  const time = new Date(epochMs);
  return `${String(time.getHours()).padStart(2, '0')}:${String(time.getMinutes()).padStart(2, '0')}`;
}

/** When the late entry an answer rests on was written; none when an entry made during the session gives it too. */
function lateSourceOf(events: readonly Pick<ResolvedEvent, 'lateWrittenAt'>[]): number | undefined {
  if (events.length === 0 || events.some((event) => event.lateWrittenAt === null)) return undefined;
  return Math.min(...events.map((event) => event.lateWrittenAt!));
}

const MINUTE = 60_000;
const REMS_DUE_WITHIN_DAYS = 7;
/** A reading counts as "at 40 minutes" within this window either side. */
const BP_40_WINDOW_MINUTES = 15;

function bloodPressure(vitals: Vitals): string | null {
  return vitals.systolic !== undefined && vitals.diastolic !== undefined ? `${vitals.systolic}/${vitals.diastolic}` : null;
}

/** The form is due within 7 calendar days of the session. */
export function remsDueDate(dosedAt: number): string {
  return addCalendarDays(localCalendarDate(dosedAt), REMS_DUE_WITHIN_DAYS);
}

export function prefillRemsForm(
  client: Pick<Client, 'displayName' | 'dateOfBirth' | 'sex'>,
  session: { checkInAt: number | null; endedAt: number | null; dischargeChecklist: Record<string, boolean>; courseSessionNumber: number },
  resolved: readonly ResolvedEvent[],
): RemsPrefill {
  const { dosedAt } = deriveAnchors(resolved, session);
  const doseMg = effectiveOfKind(resolved, 'dose').reduce((sum, dose) => sum + dose.entry.amountMg, 0);
  const pressures = effectiveOfKind(resolved, 'vitals')
    .map((event) => ({ at: event.at, bp: bloodPressure(event.entry.vitals), lateWrittenAt: event.lateWrittenAt }))
    .filter((reading): reading is { at: number; bp: string; lateWrittenAt: number | null } => reading.bp !== null);
  const before = pressures.filter((reading) => isBeforeDose(reading.at, dosedAt));
  const after = pressures.filter((reading) => !isBeforeDose(reading.at, dosedAt));
  const at40 =
    dosedAt === null
      ? undefined
      : after
          .filter((reading) => Math.abs(reading.at - (dosedAt + 40 * MINUTE)) <= BP_40_WINDOW_MINUTES * MINUTE)
          .sort((a, b) => Math.abs(a.at - (dosedAt + 40 * MINUTE)) - Math.abs(b.at - (dosedAt + 40 * MINUTE)))[0];
  const lastAfter = after.at(-1);
  const adverseEvents = effectiveOfKind(resolved, 'adverse-event');
  const adverse = new Set(adverseEvents.flatMap((event) => event.entry.items));
  const sedations = effectiveOfKind(resolved, 'sedation').filter((event) => event.entry.moaas < 5);
  const reporting = (item: (typeof adverseEvents)[number]['entry']['items'][number]) => adverseEvents.filter((event) => event.entry.items.includes(item));
  const clinicallyReady = effectiveOfKind(resolved, 'clinically-ready').at(-1);
  const bpBeforeDosing = before.at(-1);
  const bpBeforeDischarge = lastAfter && lastAfter !== at40 ? lastAfter : undefined;
  const lateSources: RemsPrefill['lateSources'] = {
    bpBeforeDosing: bpBeforeDosing?.lateWrittenAt ?? undefined,
    bpAt40Minutes: at40?.lateWrittenAt ?? undefined,
    bpBeforeDischarge: bpBeforeDischarge?.lateWrittenAt ?? undefined,
    sedation: lateSourceOf([...sedations, ...reporting('sedation')]),
    dissociation: lateSourceOf(reporting('dissociation')),
    respiratoryDepression: lateSourceOf(reporting('respiratory depression')),
  };
  return {
    patientName: client.displayName,
    dateOfBirth: client.dateOfBirth,
    sex: client.sex,
    sessionDate: dosedAt === null ? null : localCalendarDate(dosedAt),
    doseMg,
    doseCategory: doseMg === 56 ? '56' : doseMg === 84 ? '84' : 'other',
    totalMonitoringMinutes: dosedAt !== null && session.endedAt !== null ? Math.round((session.endedAt - dosedAt) / MINUTE) : null,
    bpBeforeDosing: bpBeforeDosing?.bp ?? null,
    bpAt40Minutes: at40?.bp ?? null,
    bpBeforeDischarge: bpBeforeDischarge?.bp ?? null,
    sedation: sedations.length > 0 || adverse.has('sedation'),
    dissociation: adverse.has('dissociation'),
    respiratoryDepression: adverse.has('respiratory depression'),
    vitalsAcceptableBeforeDischarge: session.dischargeChecklist['vitals-acceptable'] ?? null,
    firstTreatment: session.courseSessionNumber === 1 ? true : null,
    clinicallyReadyAt: clinicallyReady?.at ?? null,
    lateSources,
  };
}
