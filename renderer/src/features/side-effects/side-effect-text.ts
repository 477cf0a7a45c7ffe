import { SIDE_EFFECT_LEVEL_LABELS, type SideEffectLevel } from '../../../../shared/side-effects/side-effect-items';
import { formatCalendarDate } from '../../ui/time-text';
import type { SideEffectGroup } from '../../../../shared/contract';
import { COURSE_KIND_LABELS } from '../../../../shared/course/course-types';

/** The levels in the order the keys 0 to 3 choose them. */
export const LEVEL_OPTIONS: readonly { value: number; label: string; level: SideEffectLevel }[] = (
  Object.entries(SIDE_EFFECT_LEVEL_LABELS) as [SideEffectLevel, string][]
).map(([level, label], value) => ({ value, label, level }));

/** "Induction course, 5 Mar 2026 to 26 Mar 2026", "Booster course from 1 May 2026", or the doses no course holds. */
export function groupTitle({ course }: SideEffectGroup): string {
  if (course === null) return 'Doses outside a course';
  const kind = COURSE_KIND_LABELS[course.kind];
  return course.endedOn === null
    ? `${kind} from ${formatCalendarDate(course.startDate)}`
    : `${kind}, ${formatCalendarDate(course.startDate)} to ${formatCalendarDate(course.endedOn)}`;
}

/** The clinic's list as typed in the settings box: one item a line, blank lines left out. */
export function itemsFromLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
