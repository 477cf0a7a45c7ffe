import { describe, expect, it } from 'vitest';
import { firstOpenStep, handoverSteps, stepPosition, stepQuestion } from '../../../../../../renderer/src/features/handover/handover-steps';
import { DIFFICULTY_QUESTION, GAD7_ITEMS, PHQ9_ITEMS } from '../../../../../../shared/measures/questionnaires';

describe('hand-over steps', () => {
  it('asks each item in order, then the PHQ-9 its difficulty question, then checks before finishing', () => {
    const phq9 = handoverSteps('phq-9');
    expect(phq9).toHaveLength(11);
    expect(phq9.slice(-2)).toEqual([{ kind: 'difficulty' }, { kind: 'review' }]);
    expect(phq9.slice(0, 9).map((step) => stepQuestion('phq-9', step))).toEqual([...PHQ9_ITEMS]);
    expect(stepQuestion('phq-9', phq9[9]!)).toBe(DIFFICULTY_QUESTION);
    expect(stepPosition('phq-9', phq9[0]!)).toBe('Question 1 of 10');
    expect(stepPosition('phq-9', phq9[9]!)).toBe('Question 10 of 10');

    const gad7 = handoverSteps('gad-7');
    expect(gad7.map((step) => step.kind)).toEqual([...Array<string>(7).fill('item'), 'review']);
    expect(gad7.slice(0, 7).map((step) => stepQuestion('gad-7', step))).toEqual([...GAD7_ITEMS]);
    expect(stepPosition('gad-7', gad7[6]!)).toBe('Question 7 of 7');
  });

  it('opens at the first item not answered, or at the step after the items once all are', () => {
    expect(firstOpenStep([null, null, null])).toBe(0);
    expect(firstOpenStep([2, 0, null, 1])).toBe(2);
    expect(firstOpenStep([2, 0, 1])).toBe(3);
  });
});
