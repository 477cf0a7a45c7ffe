import type { Route } from '../../../../shared/session/routes';
import { lacksRemsEnrolment } from '../../../../shared/evaluation/rems-enrolment';
import { useClientEvaluations } from './evaluation-queries';

interface RemsEnrolmentWarningProps {
  clientId: string;
  route: Route | null;
  /** What the therapist can still do: "You can still plan the session." */
  stillPossible: string;
}

/**
 * Said when a Spravato session is planned or checked in and the client's latest evaluation does not
 * record REMS enrolment. It warns and names what is missing, never blocks (decision 0034); nothing
 * is said while the evaluations load or if they cannot be read.
 */
export function RemsEnrolmentWarning({ clientId, route, stillPossible }: RemsEnrolmentWarningProps) {
  const evaluations = useClientEvaluations(clientId);
  if (route === null || !evaluations.data) return null;
  const latest = evaluations.data[0] ?? null;
  if (!lacksRemsEnrolment(route, latest)) return null;
  return (
    <div className="rems-enrolment-warning" role="status">
      <span className="rems-enrolment-mark" aria-hidden="true">
        !
      </span>
      <p>
        {latest
          ? 'The latest evaluation does not record enrolment in the Spravato REMS.'
          : 'No evaluation is recorded, so enrolment in the Spravato REMS is not on record.'}{' '}
        {stillPossible}
      </p>
    </div>
  );
}
