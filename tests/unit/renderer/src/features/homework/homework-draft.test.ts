import { describe, expect, it } from 'vitest';
import type { Homework } from '../../../../../../shared/contract';
import { emptyHomeworkFields, homeworkFieldsSchema, HOMEWORK_TYPES } from '../../../../../../shared/homework/homework-types';
import {
  fieldsDraft,
  fieldsFromDraft,
  homeworkDraft,
  isSortedBySuds,
  sortStepsBySuds,
  titleProblem,
  updateInput,
} from '../../../../../../renderer/src/features/homework/homework-draft';

const homework: Homework = {
  id: 'hw1',
  clientId: 'c1',
  title: 'Supermarket ladder',
  fields: {
    type: 'exposure-hierarchy',
    steps: [
      { situation: 'Queue at the till', suds: 70, done: false },
      { situation: 'Walk past the door', suds: 20, done: true },
    ],
  },
  status: 'assigned',
  dueDate: null,
  outcome: null,
  statusChangedAt: 1,
  createdAt: 1,
  updatedAt: 1,
};

describe('homework draft', () => {
  it('gives every row its own key and takes the keys off again for the contract', () => {
    const draft = fieldsDraft(homework.fields);
    if (draft.type !== 'exposure-hierarchy') throw new Error('type changed');
    const keys = draft.steps.map((step) => step.key);
    expect(new Set(keys).size).toBe(2);
    expect(fieldsFromDraft(draft)).toEqual(homework.fields);
  });

  it('round-trips the blank fields of every type through the schema', () => {
    for (const type of HOMEWORK_TYPES) {
      const fields = fieldsFromDraft(fieldsDraft(emptyHomeworkFields(type)));
      expect(homeworkFieldsSchema.parse(fields)).toEqual(emptyHomeworkFields(type));
    }
  });

  it('sends an empty due date as none and keeps status and outcome', () => {
    const draft = { ...homeworkDraft(homework), status: 'completed' as const, outcome: 'Did the first two steps.' };
    expect(homeworkDraft(homework).dueDate).toBe('');
    expect(updateInput('hw1', draft)).toEqual({
      id: 'hw1',
      title: 'Supermarket ladder',
      dueDate: null,
      status: 'completed',
      outcome: 'Did the first two steps.',
      fields: homework.fields,
    });
    expect(updateInput('hw1', { ...draft, dueDate: '2026-06-01' }).dueDate).toBe('2026-06-01');
  });

  it('asks for a title that is not blank', () => {
    expect(titleProblem('   ')).toMatch(/title/);
    expect(titleProblem('Activity diary')).toBeNull();
    expect(titleProblem('x'.repeat(201))).toMatch(/200/);
  });
});

describe('exposure steps by SUDS', () => {
  it('ranks from the least distressing up, unrated steps last in their order', () => {
    const steps = [
      { situation: 'c', suds: 80 },
      { situation: 'unrated 1', suds: null },
      { situation: 'a', suds: 10 },
      { situation: 'unrated 2', suds: null },
      { situation: 'b', suds: 40 },
      { situation: 'b2', suds: 40 },
    ];
    expect(sortStepsBySuds(steps).map((step) => step.situation)).toEqual(['a', 'b', 'b2', 'c', 'unrated 1', 'unrated 2']);
    expect(isSortedBySuds(steps)).toBe(false);
    expect(isSortedBySuds(sortStepsBySuds(steps))).toBe(true);
  });
});
