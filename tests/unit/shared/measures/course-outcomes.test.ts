import { describe, expect, it } from 'vitest';
import { courseOutcomes, isRemission, isResponse, responseCeiling, type ScoredMeasure, worseningReasons } from '../../../../shared/measures/course-outcomes';

/** A PHQ-9 with this total and item 9 answer (the rest spread over the first items). */
function phq9(total: number, item9 = 0): ScoredMeasure {
  const rest = total - item9;
  const answers = [...Array.from({ length: 8 }, (_, i) => Math.max(0, Math.min(3, rest - 3 * i))), item9];
  return { kind: 'phq-9', total, answers };
}

function gad7(total: number): ScoredMeasure {
  return { kind: 'gad-7', total, answers: Array.from({ length: 7 }, (_, i) => Math.max(0, Math.min(3, total - 3 * i))) };
}

describe('response: a drop of at least 50% from the baseline', () => {
  it.each([
    [20, 10, true],
    [20, 11, false],
    [15, 7, true],
    [15, 8, false],
    [10, 5, true],
    [10, 6, false],
    [1, 0, true],
    [27, 13, true],
    [27, 14, false],
  ])('baseline %i, total %i: %s', (baseline, total, expected) => {
    expect(isResponse(baseline, total)).toBe(expected);
  });

  it('a baseline of 0 leaves nothing to drop from', () => {
    expect(responseCeiling(0)).toBeNull();
    expect(isResponse(0, 0)).toBe(false);
  });
});

describe('remission: a total below 5', () => {
  it('holds at 4 and not at 5', () => {
    expect(isRemission(4)).toBe(true);
    expect(isRemission(5)).toBe(false);
    expect(isRemission(0)).toBe(true);
  });
});

describe('worsening between consecutive measures', () => {
  it('is a rise of 5 points or more', () => {
    expect(worseningReasons(phq9(10), phq9(15))).toEqual(['total-rose']);
    expect(worseningReasons(phq9(10), phq9(14))).toEqual([]);
    expect(worseningReasons(phq9(10), phq9(5))).toEqual([]);
    expect(worseningReasons(gad7(3), gad7(8))).toEqual(['total-rose']);
    expect(worseningReasons(gad7(3), gad7(7))).toEqual([]);
  });

  it('is any rise in PHQ-9 item 9, even when the total falls', () => {
    expect(worseningReasons(phq9(12, 0), phq9(8, 1))).toEqual(['item9-rose']);
    expect(worseningReasons(phq9(12, 2), phq9(12, 2))).toEqual([]);
    expect(worseningReasons(phq9(12, 2), phq9(12, 1))).toEqual([]);
    expect(worseningReasons(phq9(5, 0), phq9(12, 3))).toEqual(['total-rose', 'item9-rose']);
  });
});

describe('outcomes across a course', () => {
  it('marks the first measure as the baseline and judges the others against it', () => {
    const outcomes = courseOutcomes([phq9(18), phq9(12), phq9(9), phq9(4)]);
    expect(outcomes.map((o) => o.isBaseline)).toEqual([true, false, false, false]);
    expect(outcomes.map((o) => o.response)).toEqual([false, false, true, true]);
    expect(outcomes.map((o) => o.remission)).toEqual([false, false, false, true]);
    expect(outcomes.every((o) => o.worsening.length === 0)).toBe(true);
  });

  it('never calls the baseline a remission or a response, even when it is low', () => {
    expect(courseOutcomes([phq9(3)])).toEqual([{ isBaseline: true, response: false, remission: false, worsening: [] }]);
  });

  it('measures worsening against the measure before, not the baseline', () => {
    const outcomes = courseOutcomes([phq9(20), phq9(8), phq9(13)]);
    expect(outcomes.map((o) => o.worsening)).toEqual([[], [], ['total-rose']]);
    expect(outcomes[2]!.response).toBe(false);
  });

  it('gives the GAD-7 no response or remission, which the brief defines for the PHQ-9 only', () => {
    const outcomes = courseOutcomes([gad7(16), gad7(2)]);
    expect(outcomes[1]).toEqual({ isBaseline: false, response: false, remission: false, worsening: [] });
  });

  it('answers nothing for no measures', () => {
    expect(courseOutcomes([])).toEqual([]);
  });
});
