import { describe, expect, it } from 'vitest';
import { type CourseDates, courseProgress, isDoseInCourse } from '../../../../shared/course/course-progress';

const PLANNED = ['2026-06-01', '2026-06-04', '2026-06-08', '2026-06-11', '2026-06-15', '2026-06-18'];
const COURSE: CourseDates = {
  kind: 'induction',
  schedule: { kind: 'clinic-default', doses: 6, weeks: 3 },
  startDate: '2026-06-01',
  plannedDates: PLANNED,
  status: 'active',
  endedOn: null,
};

describe('courseProgress', () => {
  it('starts at dose 1 of N with the first date next', () => {
    expect(courseProgress(COURSE, [], '2026-05-30')).toEqual({ given: 0, total: 6, nextDose: 1, nextDate: '2026-06-01', overdue: [], phase: 'dosing' });
  });

  it('counts the doses given in the course, in any order, as dose k of N', () => {
    const progress = courseProgress(COURSE, ['2026-06-04', '2026-06-01'], '2026-06-05');
    expect(progress).toMatchObject({ given: 2, nextDose: 3, nextDate: '2026-06-08', overdue: [] });
  });

  it('leaves out doses before the start and after the end', () => {
    expect(courseProgress(COURSE, ['2026-05-20', '2026-06-01'], '2026-06-02').given).toBe(1);
    const ended: CourseDates = { ...COURSE, status: 'ended', endedOn: '2026-06-10' };
    expect(courseProgress(ended, ['2026-06-01', '2026-06-10', '2026-06-11'], '2026-06-12').given).toBe(2);
    expect(isDoseInCourse(ended, '2026-06-10')).toBe(true);
    expect(isDoseInCourse(ended, '2026-06-11')).toBe(false);
  });

  it('flags a past suggested date with no dose on or after it as overdue, and today as not yet', () => {
    expect(courseProgress(COURSE, ['2026-06-01'], '2026-06-04').overdue).toEqual([]);
    expect(courseProgress(COURSE, ['2026-06-01'], '2026-06-05').overdue).toEqual(['2026-06-04']);
    expect(courseProgress(COURSE, ['2026-06-01'], '2026-06-12').overdue).toEqual(['2026-06-04', '2026-06-08', '2026-06-11']);
    expect(courseProgress(COURSE, [], '2026-06-02').overdue).toEqual(['2026-06-01']);
  });

  it('does not flag dates a later dose already went past', () => {
    // Dose 2 was given late, on the 9th: the 4th and 8th have a dose after them; the 11th does not.
    const progress = courseProgress(COURSE, ['2026-06-01', '2026-06-09'], '2026-06-12');
    expect(progress).toMatchObject({ given: 2, nextDose: 3, nextDate: '2026-06-08', overdue: ['2026-06-11'] });
  });

  it('follows moved dates', () => {
    const moved: CourseDates = { ...COURSE, plannedDates: ['2026-06-01', '2026-06-06', ...PLANNED.slice(2)] };
    expect(courseProgress(moved, ['2026-06-01'], '2026-06-05')).toMatchObject({ nextDate: '2026-06-06', overdue: [] });
  });

  it('enters the post-dose CBT phase after the last induction dose', () => {
    expect(courseProgress(COURSE, PLANNED, '2026-06-20')).toEqual({ given: 6, total: 6, nextDose: null, nextDate: null, overdue: [], phase: 'post-dose-cbt' });
  });

  it('suggests esketamine maintenance at its interval after the last labelled dose', () => {
    const esketamine: CourseDates = { ...COURSE, schedule: { kind: 'esketamine-label', maintenance: 'every-two-weeks' }, plannedDates: ['2026-06-01'] };
    expect(courseProgress(esketamine, ['2026-06-02'], '2026-06-10')).toMatchObject({ phase: 'maintenance', nextDate: '2026-06-16', overdue: [] });
    expect(courseProgress(esketamine, ['2026-06-02'], '2026-06-17').overdue).toEqual(['2026-06-16']);
  });

  it('marks a booster course complete after its doses, and an ended course ended', () => {
    const booster: CourseDates = { ...COURSE, kind: 'booster', plannedDates: ['2026-06-01'] };
    expect(courseProgress(booster, ['2026-06-01'], '2026-06-02').phase).toBe('complete');
    const ended: CourseDates = { ...COURSE, status: 'ended', endedOn: '2026-06-05' };
    expect(courseProgress(ended, ['2026-06-01'], '2026-06-20')).toEqual({ given: 1, total: 6, nextDose: null, nextDate: null, overdue: [], phase: 'ended' });
  });
});
