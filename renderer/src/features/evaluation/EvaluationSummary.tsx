import type { Evaluation } from '../../../../shared/contract';
import { CANDIDACY_LABELS } from '../../../../shared/evaluation/evaluation-types';
import { Heading } from '../../ui/aria-primitives';
import { formatCalendarDate, formatDate } from '../../ui/time-text';
import { ContraindicationFindings } from './ContraindicationFindings';

const dateOrNot = (date: string | null) => (date ? formatCalendarDate(date) : 'Not recorded');

function remsText(evaluation: Evaluation): string {
  if (!evaluation.remsEnrolled) return 'Enrolment not recorded';
  return evaluation.remsEnrolledOn ? `Enrolled, ${formatCalendarDate(evaluation.remsEnrolledOn)}` : 'Enrolled';
}

/** What an evaluation records, as recorded: its checklist under the labels it was asked with. */
export function EvaluationSummary({
  evaluation,
  subheadingLevel = 4,
}: {
  evaluation: Evaluation;
  /** One below the evaluation's own heading. */ subheadingLevel?: 4 | 5;
}) {
  const { medicationTrials: trials, contraindications } = evaluation;
  return (
    <div className="evaluation-summary">
      <dl className="evaluation-facts">
        <div>
          <dt>Candidacy</dt>
          <dd>
            <strong>{CANDIDACY_LABELS[evaluation.candidacy]}</strong>
            {evaluation.candidacyReason ? `: ${evaluation.candidacyReason}` : null}
          </dd>
        </div>
        <div>
          <dt>Consent</dt>
          <dd>{dateOrNot(evaluation.consentDate)}</dd>
        </div>
        <div>
          <dt>Psychoeducation</dt>
          <dd>{dateOrNot(evaluation.psychoeducationDate)}</dd>
        </div>
        <div>
          <dt>Spravato REMS</dt>
          <dd>{remsText(evaluation)}</dd>
        </div>
      </dl>
      <Heading level={subheadingLevel} className="evaluation-subtitle">
        Presenting symptoms
      </Heading>
      <p className="evaluation-text">{evaluation.presentingSymptoms ?? 'None recorded.'}</p>
      <Heading level={subheadingLevel} className="evaluation-subtitle">
        Medication trials
      </Heading>
      {trials.length > 0 ? (
        <table className="data-table">
          <caption className="visually-hidden">Medication trials</caption>
          <thead>
            <tr>
              <th scope="col">Drug</th>
              <th scope="col">Dose</th>
              <th scope="col">Duration</th>
              <th scope="col">Outcome</th>
              <th scope="col">Reason stopped</th>
            </tr>
          </thead>
          <tbody>
            {trials.map((trial, index) => (
              <tr key={index}>
                <th scope="row">{trial.drug}</th>
                <td>{trial.dose}</td>
                <td>{trial.duration}</td>
                <td>{trial.outcome}</td>
                <td>{trial.reasonStopped}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="hint">None recorded.</p>
      )}
      <Heading level={subheadingLevel} className="evaluation-subtitle">
        Contraindications
      </Heading>
      <ContraindicationFindings findings={contraindications} />
      {evaluation.updatedAt > evaluation.createdAt ? <p className="hint">Edited {formatDate(evaluation.updatedAt)}.</p> : null}
    </div>
  );
}
