import type { MethodName } from '../../../../shared/contract';
import { useRpcMutation, useRpcQuery } from '../../rpc/rpc-queries';

/** The client's courses, newest first, each with where it stands on `today` (the therapist's calendar date). */
export function useClientCourses(clientId: string, today: string) {
  return useRpcQuery('courses.listForClient', { clientId, today }, { select: ({ courses }) => courses });
}

/** A course change alters the client's list of courses and nothing else. */
const COURSE_READS: readonly MethodName[] = ['courses.listForClient'];

export function useStartCourse() {
  return useRpcMutation('courses.start', { invalidates: COURSE_READS });
}

export function useMovePlannedDate() {
  return useRpcMutation('courses.movePlannedDate', { invalidates: COURSE_READS });
}

export function useEndCourse() {
  return useRpcMutation('courses.end', { invalidates: COURSE_READS });
}
