import { describe, expect, it } from 'vitest';
import { groupByCourse } from '../../../../shared/course/course-groups';

const induction = { id: 'induction', startDate: '2026-03-05', endedOn: '2026-03-26' };
const booster = { id: 'booster', startDate: '2026-05-01', endedOn: null };
const dose = (date: string) => ({ date });
const dateOf = (item: { date: string }) => item.date;

describe('groupByCourse', () => {
  it('gives each course the records from its start to the day it ended, in the order given, and the rest a last group', () => {
    const items = ['2026-03-01', '2026-03-05', '2026-03-26', '2026-03-27', '2026-05-01', '2026-06-30'].map(dose);
    expect(groupByCourse([booster, induction], items, dateOf)).toEqual([
      { course: booster, items: [dose('2026-05-01'), dose('2026-06-30')] },
      { course: induction, items: [dose('2026-03-05'), dose('2026-03-26')] },
      { course: null, items: [dose('2026-03-01'), dose('2026-03-27')] },
    ]);
  });

  it('keeps a course with nothing in it, and has no outside group when every record is in a course', () => {
    expect(groupByCourse([booster, induction], [dose('2026-03-10')], dateOf)).toEqual([
      { course: booster, items: [] },
      { course: induction, items: [dose('2026-03-10')] },
    ]);
  });

  it('puts everything in the outside group when there is no course, keeping the order of the records', () => {
    const items = [dose('2026-04-02'), dose('2026-04-01')];
    expect(groupByCourse([], items, dateOf)).toEqual([{ course: null, items }]);
    expect(groupByCourse([], [], dateOf)).toEqual([]);
  });
});
