import { z } from 'zod';
import { WORSENING_REASONS } from '../measures/course-outcomes';
import { HIGHEST_ANSWER, itemCount, MEASURE_ENTERED_BY, MEASURE_KINDS } from '../measures/questionnaires';
import { SEVERITY_BANDS } from '../measures/scoring';
import { calendarDateSchema, epochMillisSchema, idSchema, requiredText } from './fields';

export const MEASURE_LIMITS = { withdrawalReason: 500 } as const;

const answerSchema = z.number().int().min(0).max(HIGHEST_ANSWER);

/** What the instruments and the course say about a measure; null once it is withdrawn. */
export const measureOutcomeSchema = z.strictObject({
  isBaseline: z.boolean(),
  response: z.boolean(),
  remission: z.boolean(),
  worsening: z.array(z.enum(WORSENING_REASONS)),
});
export type MeasureOutcome = z.infer<typeof measureOutcomeSchema>;

export const measureSchema = z.strictObject({
  id: idSchema,
  clientId: idSchema,
  sessionId: idSchema.nullable(),
  kind: z.enum(MEASURE_KINDS),
  answers: z.array(answerSchema),
  difficulty: answerSchema.nullable(),
  /** Computed by main from the answers. */
  total: z.number().int(),
  band: z.enum(SEVERITY_BANDS),
  /** PHQ-9 item 9 above 0. */
  safetyFlag: z.boolean(),
  takenOn: z.string(),
  enteredBy: z.enum(MEASURE_ENTERED_BY),
  createdAt: epochMillisSchema,
  withdrawnAt: epochMillisSchema.nullable(),
  withdrawalReason: z.string().nullable(),
  outcome: measureOutcomeSchema.nullable(),
});
export type Measure = z.infer<typeof measureSchema>;

const scoreOnSchema = z.strictObject({ total: z.number().int(), takenOn: z.string() });

/** One active client's PHQ-9 series in brief, for the caseload's outcomes. */
export const clientOutcomeSchema = z.strictObject({
  clientId: idSchema,
  displayName: z.string(),
  baseline: scoreOnSchema,
  latest: scoreOnSchema.nullable(),
  responseOn: z.string().nullable(),
  remissionOn: z.string().nullable(),
  latestWorsening: z.array(z.enum(WORSENING_REASONS)),
  latestItem9Flag: z.boolean(),
});
export type ClientOutcome = z.infer<typeof clientOutcomeSchema>;

const count = z.number().int().min(0);

export const caseloadOutcomesSchema = z.strictObject({
  counts: z.strictObject({
    activeClients: count,
    withBaseline: count,
    withLaterMeasure: count,
    reachedResponse: count,
    reachedRemission: count,
    latestWorsened: count,
  }),
  /** Active clients with at least one PHQ-9, by name. */
  clients: z.array(clientOutcomeSchema),
});
export type CaseloadOutcomes = z.infer<typeof caseloadOutcomesSchema>;

/** A measure as recorded: the answers only, exactly one per item of its kind; the total is main's to compute. */
const recordInput = z
  .strictObject({
    clientId: idSchema,
    sessionId: idSchema
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    kind: z.enum(MEASURE_KINDS),
    answers: z.array(answerSchema).max(itemCount('phq-9')),
    difficulty: answerSchema
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    takenOn: calendarDateSchema,
    enteredBy: z.enum(MEASURE_ENTERED_BY).optional().default('therapist'),
  })
  .superRefine((input, context) => {
    const expected = itemCount(input.kind);
    if (input.answers.length !== expected) context.addIssue({ code: 'custom', path: ['answers'], message: `Must have ${expected} answers` });
    if (input.kind !== 'phq-9' && input.difficulty !== null) context.addIssue({ code: 'custom', path: ['difficulty'], message: 'Only the PHQ-9 asks it' });
  });

export const measuresMethods = {
  'measures.record': { input: recordInput, output: measureSchema, whileLocked: false },
  /** Every measure of the client, newest first, withdrawn ones included (with their reason). */
  'measures.listForClient': {
    input: z.strictObject({ clientId: idSchema }),
    output: z.strictObject({ measures: z.array(measureSchema) }),
    whileLocked: false,
  },
  /** PHQ-9 outcomes across every active client, computed on this machine from the measures not withdrawn. */
  'measures.caseloadOutcomes': { input: z.strictObject({}), output: caseloadOutcomesSchema, whileLocked: false },
  /** A mistaken entry stays in the record, marked withdrawn with a reason, and leaves the scores. */
  'measures.withdraw': {
    input: z.strictObject({ id: idSchema, reason: requiredText(MEASURE_LIMITS.withdrawalReason) }),
    output: measureSchema,
    whileLocked: false,
  },
} as const;
