import { z } from 'zod';
import { epochMillisSchema, idSchema } from '../contract/fields';
import { MARKABLE_PHASES } from './protocol';
import { ESKETAMINE_MAX_DEVICES, MAX_SINGLE_DOSE_MG } from './routes';

export const ADVERSE_EVENTS = [
  'dissociation',
  'dizziness',
  'nausea',
  'vomiting',
  'sedation',
  'vertigo',
  'numbness',
  'anxiety',
  'lethargy',
  'raised blood pressure',
  'feeling drunk',
  'euphoria',
  'headache',
  'respiratory depression',
] as const;

/** MOAA/S (docs/clinical.md, section 4): 5 responds readily to name in a normal tone ... 0 no response. */
export const MOAAS_LEVELS = [
  { score: 5, label: 'Responds readily to name spoken in a normal tone' },
  { score: 4, label: 'Lethargic response to name spoken in a normal tone' },
  { score: 3, label: 'Responds only after name is called loudly or repeatedly' },
  { score: 2, label: 'Responds only after mild prodding or shaking' },
  { score: 1, label: 'Responds only to a painful trapezius squeeze' },
  { score: 0, label: 'No response' },
] as const;

/** Plausible ranges: outside them the number is a typing slip, not a reading. */
export const VITAL_RANGES = {
  systolic: { min: 40, max: 300, unit: 'mmHg', label: 'Systolic blood pressure', short: 'Systolic' },
  diastolic: { min: 20, max: 200, unit: 'mmHg', label: 'Diastolic blood pressure', short: 'Diastolic' },
  heartRate: { min: 20, max: 250, unit: 'bpm', label: 'Heart rate', short: 'Heart rate' },
  spo2: { min: 50, max: 100, unit: '%', label: 'SpO2', short: 'SpO2' },
} as const;
export type VitalField = keyof typeof VITAL_RANGES;

const vitalReading = (field: VitalField) => z.number().int().min(VITAL_RANGES[field].min).max(VITAL_RANGES[field].max).optional();

export const vitalsSchema = z
  .strictObject({
    systolic: vitalReading('systolic'),
    diastolic: vitalReading('diastolic'),
    heartRate: vitalReading('heartRate'),
    spo2: vitalReading('spo2'),
  })
  .refine((vitals) => Object.values(vitals).some((value) => value !== undefined), 'Enter at least one reading');
export type Vitals = z.infer<typeof vitalsSchema>;

/** Lengths of the timeline's free text; the quick-log fields stop typing at the same. */
export const TIMELINE_TEXT_LIMITS = { note: 4000, doseNote: 500, adverseEvent: 2000, cancellationReason: 500 } as const;

const note = z.string().trim().min(1, 'Required').max(TIMELINE_TEXT_LIMITS.note);

/** What can be added to a session's timeline. Each kind carries only what it needs. */
export const timelineEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('vitals'), vitals: vitalsSchema }),
  z.strictObject({
    kind: z.literal('dose'),
    /** Bounded per route by the handler, which knows the session's route. */
    amountMg: z.number().positive().max(MAX_SINGLE_DOSE_MG),
    deviceNumber: z.number().int().min(1).max(ESKETAMINE_MAX_DEVICES).optional(),
    note: z.string().trim().max(TIMELINE_TEXT_LIMITS.doseNote).optional(),
  }),
  z.strictObject({ kind: z.literal('observation'), text: note }),
  z.strictObject({ kind: z.literal('quote'), text: note }),
  z.strictObject({ kind: z.literal('intervention'), text: note }),
  z
    .strictObject({
      kind: z.literal('adverse-event'),
      items: z.array(z.enum(ADVERSE_EVENTS)).max(ADVERSE_EVENTS.length),
      text: z.string().trim().max(TIMELINE_TEXT_LIMITS.adverseEvent).optional(),
    })
    .refine((entry) => entry.items.length > 0 || (entry.text ?? '') !== '', 'Pick an event or describe it'),
  z.strictObject({ kind: z.literal('sedation'), moaas: z.number().int().min(0).max(5) }),
  z.strictObject({ kind: z.literal('phase-mark'), phase: z.enum(MARKABLE_PHASES) }),
  z.strictObject({ kind: z.literal('cue-acknowledged'), cueId: z.string().min(1).max(40) }),
  /** The therapist judges the client ready to leave, whatever the minimum monitoring time; the REMS form suggests its time. */
  z.strictObject({ kind: z.literal('clinically-ready') }),
  /** Written only by sessions.cancel, with the session's status: never logged, corrected or withdrawn by hand. */
  z.strictObject({ kind: z.literal('session-cancelled'), reason: z.string().trim().min(1, 'Say why').max(TIMELINE_TEXT_LIMITS.cancellationReason) }),
]);
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type TimelineKind = TimelineEntry['kind'];

/**
 * What a therapist may add to a discharged session, remembered while writing up: what was seen,
 * said or measured. Doses, phases and cues shape the clock and stay in the room.
 */
export const LATE_ENTRY_KINDS = ['observation', 'quote', 'vitals', 'adverse-event'] as const;
export type LateEntryKind = (typeof LATE_ENTRY_KINDS)[number];
export type LateEntry = Extract<TimelineEntry, { kind: LateEntryKind }>;

export function isLateEntry(entry: TimelineEntry): entry is LateEntry {
  return (LATE_ENTRY_KINDS as readonly string[]).includes(entry.kind);
}

export const lateEntrySchema = timelineEntrySchema.refine(isLateEntry, { message: `A late entry is one of: ${LATE_ENTRY_KINDS.join(', ')}`, path: ['kind'] });

/** A row of the append-only timeline as stored. Corrections and retractions are rows too. */
export const timelineEventSchema = z.strictObject({
  id: idSchema,
  sequence: z.number().int(),
  /** When it happened (the therapist may back-date within the session). */
  at: epochMillisSchema,
  /** When it was written. */
  recordedAt: epochMillisSchema,
  /** Added after discharge, remembered while writing up: `at` is the time it refers to, `recordedAt` when it was written. */
  writtenLate: z.boolean(),
  entry: timelineEntrySchema.nullable(),
  /** Set on a correction: the original event it replaces. */
  supersedesId: idSchema.nullable(),
  /** Set on a retraction: the original event it withdraws. */
  retractsId: idSchema.nullable(),
  retractionReason: z.string().nullable(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** An original event as it now stands, with every version kept for history. */
export interface ResolvedEvent {
  id: string;
  at: number;
  entry: TimelineEntry;
  retracted: boolean;
  /** When a late entry (added after discharge) was written; null for an entry made during the session. */
  lateWrittenAt: number | null;
  /** The original first, then each correction, then the retraction if any. */
  versions: TimelineEvent[];
}

/** Folds corrections and retractions onto their originals, in time order. */
export function resolveTimeline(events: readonly TimelineEvent[]): ResolvedEvent[] {
  const byOriginal = new Map<string, ResolvedEvent>();
  const ordered = [...events].sort((a, b) => a.sequence - b.sequence);
  for (const event of ordered) {
    const targetId = event.supersedesId ?? event.retractsId;
    if (targetId === null) {
      if (event.entry)
        byOriginal.set(event.id, {
          id: event.id,
          at: event.at,
          entry: event.entry,
          retracted: false,
          lateWrittenAt: event.writtenLate ? event.recordedAt : null,
          versions: [event],
        });
      continue;
    }
    const original = byOriginal.get(targetId);
    if (!original) continue;
    original.versions.push(event);
    if (event.retractsId) original.retracted = true;
    else if (event.entry) {
      original.entry = event.entry;
      original.at = event.at;
    }
  }
  return [...byOriginal.values()].sort((a, b) => a.at - b.at || a.versions[0]!.sequence - b.versions[0]!.sequence);
}

/** Effective (not retracted) events of one kind. */
export function effectiveOfKind<K extends TimelineKind>(
  resolved: readonly ResolvedEvent[],
  kind: K,
): (ResolvedEvent & { entry: Extract<TimelineEntry, { kind: K }> })[] {
  return resolved.filter((event): event is ResolvedEvent & { entry: Extract<TimelineEntry, { kind: K }> } => !event.retracted && event.entry.kind === kind);
}
