import type { Homework, MethodInput } from '../../../../shared/contract';
import { HOMEWORK_LIMITS, type HomeworkFields, type HomeworkStatus } from '../../../../shared/homework/homework-types';

type FieldsOf<T extends HomeworkFields['type']> = Extract<HomeworkFields, { type: T }>;
export type ThoughtRecordRow = FieldsOf<'thought-record'>['rows'][number];
export type ActivityRow = FieldsOf<'behavioural-activation'>['activities'][number];
export type ExposureStep = FieldsOf<'exposure-hierarchy'>['steps'][number];

/** Rows carry a key of their own while edited, so removing or sorting rows never moves focus or typing to another row. */
export type Keyed<Row> = Row & { key: string };

/** The fields as the dialog edits them: the contract's shape, with keyed rows. */
export type FieldsDraft =
  | { type: 'thought-record'; rows: Keyed<ThoughtRecordRow>[] }
  | { type: 'behavioural-activation'; activities: Keyed<ActivityRow>[] }
  | { type: 'exposure-hierarchy'; steps: Keyed<ExposureStep>[] }
  | Exclude<HomeworkFields, { type: 'thought-record' | 'behavioural-activation' | 'exposure-hierarchy' }>;

export interface HomeworkDraft {
  title: string;
  /** YYYY-MM-DD, or '' for no due date (the date input's empty value). */
  dueDate: string;
  status: HomeworkStatus;
  /** '' until something is recorded at review. */
  outcome: string;
  fields: FieldsDraft;
}

let lastRowKey = 0;
export function newRowKey(): string {
  lastRowKey += 1;
  return `row-${lastRowKey}`;
}

function keyed<Row extends object>(rows: readonly Row[]): Keyed<Row>[] {
  return rows.map((row) => ({ ...row, key: newRowKey() }));
}

function unkeyed<Row extends object>(rows: readonly Keyed<Row>[]): Row[] {
  return rows.map(({ key: _key, ...row }) => row as unknown as Row);
}

export function fieldsDraft(fields: HomeworkFields): FieldsDraft {
  switch (fields.type) {
    case 'thought-record':
      return { type: fields.type, rows: keyed(fields.rows) };
    case 'behavioural-activation':
      return { type: fields.type, activities: keyed(fields.activities) };
    case 'exposure-hierarchy':
      return { type: fields.type, steps: keyed(fields.steps) };
    case 'behavioural-experiment':
    case 'core-belief':
    case 'values-action':
    case 'custom':
      return fields;
  }
}

export function fieldsFromDraft(draft: FieldsDraft): HomeworkFields {
  switch (draft.type) {
    case 'thought-record':
      return { type: draft.type, rows: unkeyed(draft.rows) };
    case 'behavioural-activation':
      return { type: draft.type, activities: unkeyed(draft.activities) };
    case 'exposure-hierarchy':
      return { type: draft.type, steps: unkeyed(draft.steps) };
    case 'behavioural-experiment':
    case 'core-belief':
    case 'values-action':
    case 'custom':
      return draft;
  }
}

export function homeworkDraft(homework: Homework): HomeworkDraft {
  return {
    title: homework.title,
    dueDate: homework.dueDate ?? '',
    status: homework.status,
    outcome: homework.outcome ?? '',
    fields: fieldsDraft(homework.fields),
  };
}

export function updateInput(id: string, draft: HomeworkDraft): MethodInput<'homework.update'> {
  return {
    id,
    title: draft.title,
    dueDate: draft.dueDate || null,
    status: draft.status,
    outcome: draft.outcome,
    fields: fieldsFromDraft(draft.fields),
  };
}

/** Checked before saving, so the therapist reads the problem beside the field rather than from main. */
export function titleProblem(title: string): string | null {
  if (title.trim() === '') return 'Give the homework a title the client will recognise.';
  if (title.length > HOMEWORK_LIMITS.title) return `Keep the title under ${HOMEWORK_LIMITS.title} characters.`;
  return null;
}

export const EMPTY_THOUGHT_RECORD_ROW: ThoughtRecordRow = {
  situation: '',
  automaticThought: '',
  emotion: '',
  emotionBefore: null,
  evidenceFor: '',
  evidenceAgainst: '',
  balancedThought: '',
  emotionAfter: null,
};

export const EMPTY_ACTIVITY: ActivityRow = { day: '', activity: '', done: false, pleasure: null, mastery: null };

export const EMPTY_EXPOSURE_STEP: ExposureStep = { situation: '', suds: null, done: false };

/** A hierarchy is climbed from the least distressing step up; steps without a rating yet go last, in their order. */
export function sortStepsBySuds<Step extends { suds: number | null }>(steps: readonly Step[]): Step[] {
  return steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => (a.step.suds ?? Number.POSITIVE_INFINITY) - (b.step.suds ?? Number.POSITIVE_INFINITY) || a.index - b.index)
    .map(({ step }) => step);
}

export function isSortedBySuds(steps: readonly { suds: number | null }[]): boolean {
  return sortStepsBySuds(steps).every((step, index) => step === steps[index]);
}
