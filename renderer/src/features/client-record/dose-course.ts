import type { SessionSummary } from '../../../../shared/contract';
import { ROUTES, type Route } from '../../../../shared/session/routes';

export interface DosePoint {
  courseSessionNumber: number;
  dosedAt: number;
  route: Route;
  totalDoseMg: number;
}

/** Sessions that had a dose, in course order: what the chart and its table show. */
export function doseCourse(sessions: readonly SessionSummary[]): DosePoint[] {
  return sessions
    .flatMap((session) =>
      session.dosedAt === null
        ? []
        : [{ courseSessionNumber: session.courseSessionNumber, dosedAt: session.dosedAt, route: session.route, totalDoseMg: session.totalDoseMg }],
    )
    .sort((a, b) => a.courseSessionNumber - b.courseSessionNumber || a.dosedAt - b.dosedAt);
}

export function routesIn(points: readonly DosePoint[]): Route[] {
  return ROUTES.filter((route) => points.some((point) => point.route === route));
}
