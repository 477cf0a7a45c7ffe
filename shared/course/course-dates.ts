import { addCalendarDays } from '../calendar-date';
import type { CourseSchedule } from './course-types';

/** Spravato's label: twice weekly in weeks 1-4 (days 1 and 4 of each week), weekly in weeks 5-8. */
const ESKETAMINE_LABEL_OFFSETS = [0, 3, 7, 10, 14, 17, 21, 24, 28, 35, 42, 49];

/** Day offsets from the start: `doses` spread evenly over `weeks`, rounded down so they fall on the same weekdays each week. */
function evenOffsets(doses: number, weeks: number): number[] {
  return Array.from({ length: doses }, (_, index) => Math.floor((index * weeks * 7) / doses));
}

/**
 * The suggested date of each dose, as calendar dates counted from the start date. Counted in days
 * on the calendar, never as 24-hour steps from a moment, so a daylight-saving change or a month
 * end cannot shift a dose to another day.
 */
export function suggestedCourseDates(schedule: CourseSchedule, startDate: string): string[] {
  const offsets = schedule.kind === 'clinic-default' ? evenOffsets(schedule.doses, schedule.weeks) : ESKETAMINE_LABEL_OFFSETS;
  return offsets.map((days) => addCalendarDays(startDate, days));
}

/** The planned dates with one moved, kept in date order so dose numbers follow the calendar. */
export function movePlannedDate(plannedDates: readonly string[], index: number, date: string): string[] {
  if (index < 0 || index >= plannedDates.length) throw new RangeError('No planned dose at that position');
  return plannedDates.map((planned, at) => (at === index ? date : planned)).sort();
}
