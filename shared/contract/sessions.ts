import { z } from 'zod';
import { remsManualFieldsSchema } from '../session/rems-form';
import { protocolDefinitionSchema } from '../session/protocol';
import { sessionAnchorsSchema } from '../session/session-clock';
import { MAX_SINGLE_DOSE_MG, PLAN_LIMITS, ROUTES } from '../session/routes';
import { lateEntrySchema, TIMELINE_TEXT_LIMITS, timelineEntrySchema, timelineEventSchema, vitalsSchema } from '../session/timeline';
import { epochMillisSchema, idSchema } from './fields';

/** Lengths of the session's own free text; the check-in and withdraw fields stop typing at the same. */
export const SESSION_TEXT_LIMITS = { intention: 4000, retractionReason: 500 } as const;

/** 'cancelled': ended without a dose (a dose deferred); a dosed session is discharged instead. */
export const SESSION_STATUSES = ['planned', 'checked-in', 'dosed', 'discharged', 'cancelled'] as const;

const checklistState = z.record(z.string().min(1).max(40), z.boolean()).refine((value) => Object.keys(value).length <= 30, 'Too many items');

export const sessionSchema = z.strictObject({
  id: idSchema,
  clientId: idSchema,
  route: z.enum(ROUTES),
  protocolId: idSchema.nullable(),
  protocol: protocolDefinitionSchema,
  plannedDoseMg: z.number(),
  mgPerKg: z.number().nullable(),
  weightKg: z.number().nullable(),
  deviceCount: z.number().int().nullable(),
  courseSessionNumber: z.number().int(),
  status: z.enum(SESSION_STATUSES),
  intention: z.string().nullable(),
  readiness: z.record(z.string(), z.boolean()),
  dischargeChecklist: z.record(z.string(), z.boolean()),
  remsForm: remsManualFieldsSchema.nullable(),
  remsSubmittedAt: epochMillisSchema.nullable(),
  checkInAt: epochMillisSchema.nullable(),
  dosedAt: epochMillisSchema.nullable(),
  endedAt: epochMillisSchema.nullable(),
  createdAt: epochMillisSchema,
  updatedAt: epochMillisSchema,
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionSummarySchema = z.strictObject({
  id: idSchema,
  route: z.enum(ROUTES),
  status: z.enum(SESSION_STATUSES),
  courseSessionNumber: z.number().int(),
  plannedDoseMg: z.number(),
  totalDoseMg: z.number(),
  dosedAt: epochMillisSchema.nullable(),
  endedAt: epochMillisSchema.nullable(),
  durationMinutes: z.number().int().nullable(),
  /** The adverse events ticked, each once. */
  adverseEvents: z.array(z.string()),
  /** Whether any adverse event was also described in words (the words stay in the timeline). */
  adverseEventDetails: z.boolean(),
  remsDueDate: z.string().nullable(),
  remsSubmittedAt: epochMillisSchema.nullable(),
  /** Why a cancelled session was not dosed; null for every other status. */
  cancellationReason: z.string().nullable(),
  /** Entries added after discharge that still stand (withdrawn ones are not counted). */
  lateEntries: z.number().int(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

const sessionDetail = z.strictObject({ session: sessionSchema, events: z.array(timelineEventSchema) });
export type SessionDetail = z.infer<typeof sessionDetail>;

/** What adding to the timeline answers: the new event and the session, not the whole timeline again. */
const appendedEvent = z.strictObject({ session: sessionSchema, event: timelineEventSchema });
export type AppendedEvent = z.infer<typeof appendedEvent>;

/** What the lock screen may know of a running session: no client, no words, only the clock's inputs. */
const lockedSessionClockSchema = z.strictObject({ protocol: protocolDefinitionSchema, anchors: sessionAnchorsSchema });
export type LockedSessionClock = z.infer<typeof lockedSessionClockSchema>;

/**
 * What logging answers: the new event and, when it was a device whose cue still waited, the cue's
 * acknowledgement written in the same transaction.
 */
const loggedEvent = appendedEvent.extend({ cueAcknowledgement: timelineEventSchema.nullable() });
export type LoggedEvent = z.infer<typeof loggedEvent>;

/** Optional back-dating of an entry, e.g. vitals taken a minute ago. */
const at = epochMillisSchema.optional();

export const sessionsMethods = {
  'sessions.plan': {
    input: z.strictObject({
      clientId: idSchema,
      protocolId: idSchema,
      /** Either a dose in mg, or mg/kg with the weight (IM and IV). */
      plannedDoseMg: z.number().positive().max(MAX_SINGLE_DOSE_MG).optional(),
      mgPerKg: z.number().positive().max(PLAN_LIMITS.mgPerKg.max).optional(),
      weightKg: z.number().min(PLAN_LIMITS.weightKg.min).max(PLAN_LIMITS.weightKg.max).optional(),
      courseSessionNumber: z.number().int().min(PLAN_LIMITS.courseSessionNumber.min).max(PLAN_LIMITS.courseSessionNumber.max).optional(),
    }),
    output: sessionSchema,
    whileLocked: false,
  },
  'sessions.get': { input: z.strictObject({ id: idSchema }), output: sessionDetail, whileLocked: false },
  'sessions.listForClient': {
    input: z.strictObject({ clientId: idSchema }),
    output: z.strictObject({ sessions: z.array(sessionSummarySchema) }),
    whileLocked: false,
  },
  /** The session in progress (checked in or dosed, not discharged), to resume after a restart. */
  'sessions.active': {
    input: z.strictObject({}),
    output: z.strictObject({ session: sessionSchema.nullable() }),
    whileLocked: false,
  },
  'sessions.checkIn': {
    input: z.strictObject({
      id: idSchema,
      vitals: vitalsSchema.optional(),
      readiness: checklistState,
      intention: z.string().trim().max(SESSION_TEXT_LIMITS.intention).optional(),
      at,
    }),
    output: sessionDetail,
    whileLocked: false,
  },
  'sessions.logEvent': {
    input: z.strictObject({ sessionId: idSchema, entry: timelineEntrySchema, at }),
    output: loggedEvent,
    whileLocked: false,
  },
  'sessions.correctEvent': {
    input: z.strictObject({ sessionId: idSchema, eventId: idSchema, entry: timelineEntrySchema, at }),
    output: appendedEvent,
    whileLocked: false,
  },
  'sessions.retractEvent': {
    input: z.strictObject({ sessionId: idSchema, eventId: idSchema, reason: z.string().trim().min(1, 'Say why').max(SESSION_TEXT_LIMITS.retractionReason) }),
    output: appendedEvent,
    whileLocked: false,
  },
  'sessions.discharge': {
    input: z.strictObject({ id: idSchema, checklist: checklistState, at }),
    output: sessionDetail,
    whileLocked: false,
  },
  /**
   * After discharge: an observation, the client's words, vitals or an adverse event remembered
   * while writing up. `at` is the time it refers to (from check-in until now); the time it was
   * written is kept beside it and the entry is marked late wherever it is shown.
   */
  'sessions.addLateEntry': {
    input: z.strictObject({ sessionId: idSchema, entry: lateEntrySchema, at: epochMillisSchema }),
    output: appendedEvent,
    whileLocked: false,
  },
  /** Ends a planned or checked-in session that was never dosed, with the reason (a dose deferred); a dosed session is discharged instead. */
  'sessions.cancel': {
    input: z.strictObject({
      id: idSchema,
      reason: z.string().trim().min(1, 'Say why').max(TIMELINE_TEXT_LIMITS.cancellationReason),
    }),
    output: sessionDetail,
    whileLocked: false,
  },
  'sessions.saveRemsForm': {
    input: z.strictObject({ id: idSchema, fields: remsManualFieldsSchema }),
    output: sessionSchema,
    whileLocked: false,
  },
  'sessions.setRemsSubmitted': {
    input: z.strictObject({ id: idSchema, submitted: z.boolean() }),
    output: sessionSchema,
    whileLocked: false,
  },
  /** Esketamine sessions whose REMS form is not yet marked submitted, with their 7-day deadline. */
  'sessions.remsPending': {
    input: z.strictObject({}),
    output: z.strictObject({
      items: z.array(z.strictObject({ sessionId: idSchema, clientId: idSchema, clientName: z.string(), dosedAt: epochMillisSchema, dueDate: z.string() })),
    }),
    whileLocked: false,
  },
  /**
   * While locked: the running session's clock inputs (protocol and anchors), nothing that names
   * the client, so the lock screen can keep the clock and phase.
   */
  'sessions.lockedClock': {
    input: z.strictObject({}),
    output: z.strictObject({ clock: lockedSessionClockSchema.nullable() }),
    whileLocked: true,
  },
  /**
   * While locked: acknowledges a due cue of the running session from the lock screen, by its id.
   * Main keeps it in memory and writes it into the timeline at the next unlock; the answer is the
   * clock with the cue acknowledged. A device cue is refused: a device is a dose, recorded in the room.
   * `at`, like logging's, is when the therapist pressed, by the clock the lock screen shows.
   */
  'sessions.acknowledgeLockedCue': {
    input: z.strictObject({ cueId: z.string().min(1).max(40), at }),
    output: z.strictObject({ clock: lockedSessionClockSchema }),
    whileLocked: true,
  },
} as const;
