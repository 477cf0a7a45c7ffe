import type { RecordStore } from '../../../db/record-store';
import { addCalendarDays } from '../../../shared/calendar-date';
import type { TodayOverview } from '../../../shared/contract/today';
import type { FeatureHandlers } from '../../rpc/handler-types';
import { activeCourseProgress } from '../courses/active-course-progress';
import { readSettings } from '../settings/settings-handlers';
import { measuresDue } from './measures-due';

const DAY_MS = 24 * 60 * 60_000;

/** The next dose of each active course when its suggested date is today or past. */
function courseDosesDue(store: RecordStore, today: string): TodayOverview['courseDoses'] {
  return activeCourseProgress(store, today).flatMap(({ course, clientName, progress }) => {
    if (progress.nextDate === null || progress.nextDate > today) return [];
    return [
      {
        courseId: course.id,
        clientId: course.clientId,
        clientName,
        dose: progress.nextDose,
        total: progress.total,
        date: progress.nextDate,
        overdue: progress.nextDate < today,
      },
    ];
  });
}

/** Planned follow-up contacts due today or before, and those due tomorrow, which are the ones to prepare. */
function followUps(store: RecordStore, today: string) {
  const tomorrow = addCalendarDays(today, 1);
  const planned = store.followUps.plannedDueBy(tomorrow).map((contact) => ({ ...contact, overdue: contact.dueDate < today }));
  return { followUpsDue: planned.filter((contact) => contact.dueDate <= today), followUpsToPrepare: planned.filter((contact) => contact.dueDate === tomorrow) };
}

export const todayHandlers: FeatureHandlers<'today.overview'> = {
  'today.overview': ({ today }, { records, now }) => {
    const store = records();
    // Drafts older than the clinic's days to finish are the notes panel's; the rest are listed here.
    const finishCutoff = now() - readSettings(store).notesToFinishAfterDays * DAY_MS;
    const courseDoses = courseDosesDue(store, today);
    return {
      sessions: store.today.openSessions(),
      courseDoses,
      homeworkToReview: store.today.homeworkToReview(),
      drafts: store.today.draftsSince(finishCutoff),
      ...followUps(store, today),
      measuresDue: measuresDue(store, today, courseDoses),
      remsPending: store.sessions.remsPending().length,
      notesToFinish: store.notes.unsignedCreatedBefore(finishCutoff).length,
    };
  },
};
