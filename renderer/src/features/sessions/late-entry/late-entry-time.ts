import type { Session } from '../../../../../shared/contract';

const MINUTE = 60_000;

/** A discharged session's bounds for a late entry: its discharge, and its check-in (the earliest time an entry may refer to). */
export interface DischargedTimes {
  checkInAt: number;
  endedAt: number;
}

/** The times a late entry is placed between; null for a session that was never discharged after a check-in. */
export function dischargedTimes(session: Pick<Session, 'status' | 'checkInAt' | 'endedAt'>): DischargedTimes | null {
  if (session.status !== 'discharged' || session.checkInAt === null || session.endedAt === null) return null;
  return { checkInAt: session.checkInAt, endedAt: session.endedAt };
}

/** The most minutes before the discharge a late entry may refer to: back to check-in, in whole minutes. */
export function maxMinutesBeforeDischarge({ checkInAt, endedAt }: DischargedTimes): number {
  return Math.floor((endedAt - checkInAt) / MINUTE);
}

/** The time a late entry refers to, counted back from the discharge: 0 is the discharge time itself. */
export function lateEntryAt({ endedAt }: DischargedTimes, minutesBefore: number): number {
  return endedAt - minutesBefore * MINUTE;
}
