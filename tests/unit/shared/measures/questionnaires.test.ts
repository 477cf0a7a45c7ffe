import { describe, expect, it } from 'vitest';
import { ANSWER_OPTIONS, DIFFICULTY_OPTIONS, highestTotal, itemCount, QUESTIONNAIRES } from '../../../../shared/measures/questionnaires';

describe('questionnaires', () => {
  it('have 9 (PHQ-9) and 7 (GAD-7) items, and only the PHQ-9 asks about difficulty', () => {
    expect(itemCount('phq-9')).toBe(9);
    expect(itemCount('gad-7')).toBe(7);
    expect(highestTotal('phq-9')).toBe(27);
    expect(highestTotal('gad-7')).toBe(21);
    expect(QUESTIONNAIRES['phq-9'].asksDifficulty).toBe(true);
    expect(QUESTIONNAIRES['gad-7'].asksDifficulty).toBe(false);
    expect(QUESTIONNAIRES['phq-9'].items[8]).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
  });

  it('answer every item 0-3 with the published words', () => {
    expect(ANSWER_OPTIONS.map(({ value, label }) => `${value} ${label}`)).toEqual([
      '0 Not at all',
      '1 Several days',
      '2 More than half the days',
      '3 Nearly every day',
    ]);
    expect(DIFFICULTY_OPTIONS.map(({ label }) => label)).toEqual(['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult']);
  });
});
