import type { Route } from '../session/routes';

/**
 * Whether planning or checking in a session should say that Spravato REMS enrolment is not on record:
 * an esketamine session, and the client's latest evaluation (null when there is none) does not record
 * it. A warning, never a block (decision 0034).
 */
export function lacksRemsEnrolment(route: Route, latest: { remsEnrolled: boolean } | null): boolean {
  return route === 'esketamine' && latest?.remsEnrolled !== true;
}
