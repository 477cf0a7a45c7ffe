import { z } from 'zod';

/** CBT homework that consolidates what a session opened (docs/clinical.md, section 7). */
export const HOMEWORK_TYPES = [
  'thought-record',
  'behavioural-activation',
  'exposure-hierarchy',
  'behavioural-experiment',
  'core-belief',
  'values-action',
  'custom',
] as const;
export type HomeworkType = (typeof HOMEWORK_TYPES)[number];

export const HOMEWORK_TYPE_LABELS: Record<HomeworkType, string> = {
  'thought-record': 'Thought record',
  'behavioural-activation': 'Behavioural activation schedule',
  'exposure-hierarchy': 'Exposure hierarchy',
  'behavioural-experiment': 'Behavioural experiment',
  'core-belief': 'Core-belief worksheet',
  'values-action': 'Values and committed action',
  custom: 'Custom',
};

export const HOMEWORK_STATUSES = ['assigned', 'in-progress', 'completed', 'reviewed', 'not-done'] as const;
export type HomeworkStatus = (typeof HOMEWORK_STATUSES)[number];

/** Still the therapist's business: not yet done, or done and awaiting review in session. */
export const OPEN_HOMEWORK_STATUSES: readonly HomeworkStatus[] = ['assigned', 'in-progress', 'completed'];

export const HOMEWORK_STATUS_LABELS: Record<HomeworkStatus, string> = {
  assigned: 'Assigned',
  'in-progress': 'In progress',
  completed: 'Completed',
  reviewed: 'Reviewed',
  'not-done': 'Not done',
};

export const HOMEWORK_LIMITS = { title: 200, shortText: 500, longText: 4000, rows: 60, outcome: 4000 } as const;

const short = z
  .string()
  .max(HOMEWORK_LIMITS.shortText)
  .transform((value) => value.trim());
const long = z
  .string()
  .max(HOMEWORK_LIMITS.longText)
  .transform((value) => value.trim());
/** 0-100: SUDS, belief in a prediction, strength of an emotion. */
const percent = z.number().int().min(0).max(100).nullable();
/** 0-10: pleasure and mastery in an activity schedule. */
const tenPoint = z.number().int().min(0).max(10).nullable();
const rows = <T extends z.ZodType>(row: T) => z.array(row).max(HOMEWORK_LIMITS.rows);

const thoughtRecordRow = z.strictObject({
  situation: short,
  automaticThought: short,
  emotion: short,
  emotionBefore: percent,
  evidenceFor: long,
  evidenceAgainst: long,
  balancedThought: short,
  emotionAfter: percent,
});

const activityRow = z.strictObject({
  day: short,
  activity: short,
  done: z.boolean(),
  pleasure: tenPoint,
  mastery: tenPoint,
});

const exposureStep = z.strictObject({ situation: short, suds: percent, done: z.boolean() });

/** Each type's own fields. The type is the discriminator, so the fields always fit their type. */
export const homeworkFieldsSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('thought-record'), rows: rows(thoughtRecordRow) }),
  z.strictObject({ type: z.literal('behavioural-activation'), activities: rows(activityRow) }),
  z.strictObject({ type: z.literal('exposure-hierarchy'), steps: rows(exposureStep) }),
  z.strictObject({
    type: z.literal('behavioural-experiment'),
    prediction: long,
    beliefBefore: percent,
    experiment: long,
    whatHappened: long,
    beliefAfter: percent,
    learning: long,
  }),
  z.strictObject({
    type: z.literal('core-belief'),
    oldBelief: short,
    oldBeliefStrength: percent,
    newBelief: short,
    newBeliefStrength: percent,
    evidence: long,
  }),
  z.strictObject({ type: z.literal('values-action'), domain: short, value: short, committedAction: long, barriers: long }),
  z.strictObject({ type: z.literal('custom'), instructions: long }),
]);
export type HomeworkFields = z.output<typeof homeworkFieldsSchema>;
export type HomeworkFieldsInput = z.input<typeof homeworkFieldsSchema>;

/** A new homework's fields, blank, for its type. */
export function emptyHomeworkFields(type: HomeworkType): HomeworkFields {
  switch (type) {
    case 'thought-record':
      return { type, rows: [] };
    case 'behavioural-activation':
      return { type, activities: [] };
    case 'exposure-hierarchy':
      return { type, steps: [] };
    case 'behavioural-experiment':
      return { type, prediction: '', beliefBefore: null, experiment: '', whatHappened: '', beliefAfter: null, learning: '' };
    case 'core-belief':
      return { type, oldBelief: '', oldBeliefStrength: null, newBelief: '', newBeliefStrength: null, evidence: '' };
    case 'values-action':
      return { type, domain: '', value: '', committedAction: '', barriers: '' };
    case 'custom':
      return { type, instructions: '' };
  }
}

/** Every string in the fields, for the search index. */
export function homeworkFieldText(fields: HomeworkFields): string {
  const strings: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      if (value) strings.push(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.entries(value).forEach(([key, item]) => key !== 'type' && visit(item));
  };
  visit(fields);
  return strings.join('\n');
}
