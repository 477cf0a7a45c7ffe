import { z } from 'zod';
import { HANDOVER_PIN, isPinShaped } from '../measures/handover-pin';
import { HIGHEST_ANSWER, itemCount, MEASURE_KINDS } from '../measures/questionnaires';
import { emptyInput, epochMillisSchema, FIELD_LIMITS, idSchema } from './fields';

const answerSchema = z.number().int().min(0).max(HIGHEST_ANSWER);
const empty = z.strictObject({});

/**
 * What the screen handed to the client may show: the questionnaire and the client's own answers
 * so far, then only "finished". No name, no score, no other record.
 */
/** The therapist's idle lock still applies; the screen cannot read the settings while handed over. */
const idleLockMinutes = z.number().int().positive();

export const handoverStateSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('off') }),
  z.strictObject({
    state: z.literal('answering'),
    kind: z.enum(MEASURE_KINDS),
    answers: z.array(answerSchema.nullable()),
    difficulty: answerSchema.nullable(),
    idleLockMinutes,
  }),
  z.strictObject({ state: z.literal('finished'), idleLockMinutes }),
]);
export type HandoverState = z.infer<typeof handoverStateSchema>;

/** An unfinished hand-over questionnaire, as the client's page lists it: how far it got, not what was answered. */
export const measureDraftSchema = z.strictObject({
  id: idSchema,
  sessionId: idSchema.nullable(),
  kind: z.enum(MEASURE_KINDS),
  answered: z.number().int().nonnegative(),
  items: z.number().int().positive(),
  startedAt: epochMillisSchema,
  updatedAt: epochMillisSchema,
});
export type MeasureDraft = z.infer<typeof measureDraftSchema>;

export const pinSchema = z.string().max(HANDOVER_PIN.maxLength).refine(isPinShaped, `Must be ${HANDOVER_PIN.minLength} to ${HANDOVER_PIN.maxLength} digits`);

/** The question an answer is for: an item's index, or the PHQ-9's closing difficulty question. */
const questionSchema = z.union([
  z
    .number()
    .int()
    .min(0)
    .max(itemCount('phq-9') - 1),
  z.literal('difficulty'),
]);

/**
 * The only methods main answers while the screen is with the client (dispatch() refuses the rest
 * with HANDED_OVER): the vault's state and lock (locking only hides; unlocking needs the
 * passphrase), and the questionnaire's own reads and writes.
 */
export const METHODS_WHILE_HANDED_OVER: ReadonlySet<string> = new Set([
  'vault.status',
  'vault.lock',
  'handover.current',
  'handover.answer',
  'handover.finish',
  'handover.end',
]);

export const handoverMethods = {
  'handover.current': { input: emptyInput, output: handoverStateSchema, whileLocked: false },
  /** Starts a new questionnaire for the client and hands the screen over: everything else is refused until `handover.end`. */
  'handover.start': {
    input: z.strictObject({
      clientId: idSchema,
      sessionId: idSchema
        .nullable()
        .optional()
        .transform((value) => value ?? null),
      kind: z.enum(MEASURE_KINDS),
    }),
    output: empty,
    whileLocked: false,
  },
  /** Hands the screen over again on an unfinished questionnaire, where the client left it. */
  'handover.continue': { input: z.strictObject({ draftId: idSchema }), output: empty, whileLocked: false },
  /** Saves one answer of the questionnaire handed over, as it is chosen. */
  'handover.answer': { input: z.strictObject({ question: questionSchema, answer: answerSchema }), output: empty, whileLocked: false },
  /** Every item answered: main scores it and records it as the client's measure, taken today. The answer holds no score. */
  'handover.finish': { input: emptyInput, output: empty, whileLocked: false },
  /** The therapist takes the screen back with the hand-over PIN or the passphrase; answers the client whose page to return to. */
  'handover.end': {
    input: z.strictObject({ secret: z.string().min(1, 'Required').max(FIELD_LIMITS.passphrase) }),
    output: z.strictObject({ clientId: idSchema }),
    whileLocked: false,
  },
  'handover.draftsForClient': {
    input: z.strictObject({ clientId: idSchema }),
    output: z.strictObject({ drafts: z.array(measureDraftSchema) }),
    whileLocked: false,
  },
  /** Drops an unfinished questionnaire: it was never a measure, so nothing of it stays. */
  'handover.discardDraft': { input: z.strictObject({ id: idSchema }), output: empty, whileLocked: false },
  'handover.pinStatus': { input: emptyInput, output: z.strictObject({ pinSet: z.boolean() }), whileLocked: false },
  /** Stored only as a slow salted hash in the vault; never read back. */
  'handover.setPin': { input: z.strictObject({ pin: pinSchema }), output: empty, whileLocked: false },
  'handover.removePin': { input: emptyInput, output: empty, whileLocked: false },
} as const;
