import { z } from 'zod';
import { contraindicationItemSchema } from '../evaluation/contraindications';
import { CANDIDACIES, candidacyNeedsReason, CONTRAINDICATION_ANSWERS, EVALUATION_LIMITS } from '../evaluation/evaluation-types';
import { calendarDateSchema, epochMillisSchema, idSchema, optionalText, requiredText } from './fields';

const limits = EVALUATION_LIMITS;

/** One medication that was tried: only the drug is required, the rest is what the client remembers. */
export const medicationTrialSchema = z.strictObject({
  drug: requiredText(limits.drug),
  dose: optionalText(limits.shortText),
  duration: optionalText(limits.shortText),
  outcome: optionalText(limits.note),
  reasonStopped: optionalText(limits.note),
});
export type MedicationTrial = z.output<typeof medicationTrialSchema>;

/** A checklist item as it was asked: its label is kept with the answer, so a later edit of the clinic's list leaves it alone. */
export const contraindicationFindingSchema = contraindicationItemSchema.extend({
  answer: z.enum(CONTRAINDICATION_ANSWERS),
  note: optionalText(limits.note),
});
export type ContraindicationFinding = z.output<typeof contraindicationFindingSchema>;

/** What the therapist records; the same fields for a new evaluation and an edit. */
const evaluationFields = z.strictObject({
  evaluatedOn: calendarDateSchema,
  presentingSymptoms: optionalText(limits.symptoms),
  medicationTrials: z.array(medicationTrialSchema).max(limits.medicationTrials),
  contraindications: z
    .array(contraindicationFindingSchema)
    .max(limits.contraindications)
    .refine((items) => new Set(items.map((item) => item.id)).size === items.length, 'Item ids must differ'),
  candidacy: z.enum(CANDIDACIES),
  candidacyReason: optionalText(limits.candidacyReason),
  consentDate: calendarDateSchema.nullable(),
  psychoeducationDate: calendarDateSchema.nullable(),
  remsEnrolled: z.boolean(),
  remsEnrolledOn: calendarDateSchema.nullable(),
});
type EvaluationFields = z.output<typeof evaluationFields>;

/** The rules across fields, said on the field to fix (the schema enforces the same with CHECKs). */
function checkEvaluation(input: EvaluationFields, context: z.RefinementCtx) {
  if (candidacyNeedsReason(input.candidacy) && input.candidacyReason === null)
    context.addIssue({ code: 'custom', path: ['candidacyReason'], message: 'Required when not a candidate or deferred' });
  if (!input.remsEnrolled && input.remsEnrolledOn !== null)
    context.addIssue({ code: 'custom', path: ['remsEnrolledOn'], message: 'Only with REMS enrolment recorded' });
}

export const evaluationSchema = z.strictObject({
  id: idSchema,
  clientId: idSchema,
  evaluatedOn: z.string(),
  presentingSymptoms: z.string().nullable(),
  medicationTrials: z.array(
    z.strictObject({
      drug: z.string(),
      dose: z.string().nullable(),
      duration: z.string().nullable(),
      outcome: z.string().nullable(),
      reasonStopped: z.string().nullable(),
    }),
  ),
  contraindications: z.array(z.strictObject({ id: z.string(), label: z.string(), answer: z.enum(CONTRAINDICATION_ANSWERS), note: z.string().nullable() })),
  candidacy: z.enum(CANDIDACIES),
  candidacyReason: z.string().nullable(),
  consentDate: z.string().nullable(),
  psychoeducationDate: z.string().nullable(),
  remsEnrolled: z.boolean(),
  remsEnrolledOn: z.string().nullable(),
  createdAt: epochMillisSchema,
  /** Later than createdAt once the evaluation was edited. */
  updatedAt: epochMillisSchema,
});
export type Evaluation = z.infer<typeof evaluationSchema>;

export const evaluationsMethods = {
  /** The client's evaluations, latest first (by date, then by when recorded). */
  'evaluations.listForClient': {
    input: z.strictObject({ clientId: idSchema }),
    output: z.strictObject({ evaluations: z.array(evaluationSchema) }),
    whileLocked: false,
  },
  'evaluations.record': {
    input: evaluationFields.extend({ clientId: idSchema }).superRefine(checkEvaluation),
    output: evaluationSchema,
    whileLocked: false,
  },
  /** Replaces what an evaluation says; it keeps its id, client and creation time, and its updatedAt moves. */
  'evaluations.update': {
    input: evaluationFields.extend({ id: idSchema }).superRefine(checkEvaluation),
    output: evaluationSchema,
    whileLocked: false,
  },
} as const;
