import { REMISSION_BELOW, WORSENING_POINTS } from '../../../../shared/measures/course-outcomes';
import { useNavigation } from '../../navigation/navigation';
import { ActionButton } from '../../ui/ActionButton';
import { PageHeader } from '../../ui/PageHeader';
import { QueryView } from '../../ui/QueryView';
import { coverageText, ofFollowedText } from './outcome-text';
import { OutcomesTable } from './OutcomesTable';
import { useCaseloadOutcomes } from './outcomes-queries';
import './outcomes.css';

/**
 * The caseload's PHQ-9 outcomes, computed on this machine: how many clients reached response and
 * remission and whose latest score worsened, each count with its denominator, then the clients by
 * name. It states what the scores show; it does not recommend.
 */
export function OutcomesPage() {
  const { openClients } = useNavigation();
  const outcomes = useCaseloadOutcomes();
  return (
    <div className="outcomes-page">
      <ActionButton variant="quiet" className="back-link" onPress={openClients}>
        ← Clients
      </ActionButton>
      <PageHeader title="Outcomes" />
      <p className="outcomes-definitions">
        PHQ-9 scores of the clients on the active list, each judged against their first PHQ-9 (the baseline). Response: a later total at least 50% below the
        baseline. Remission: a later total below {REMISSION_BELOW}. Worse: the latest total {WORSENING_POINTS} or more points above the one before, or item 9
        higher. Withdrawn measures and archived clients are left out.
      </p>
      <QueryView query={outcomes} loading="Reading the measures…" retry>
        {({ counts, clients }) => (
          <>
            <section aria-labelledby="outcomes-counts-title" className="record-section">
              <h2 id="outcomes-counts-title">Across the caseload</h2>
              <p>{coverageText(counts)}</p>
              {counts.withLaterMeasure > 0 ? (
                <dl className="outcomes-counts">
                  <dt>Reached response</dt>
                  <dd>{ofFollowedText(counts.reachedResponse, counts)}</dd>
                  <dt>Reached remission</dt>
                  <dd>{ofFollowedText(counts.reachedRemission, counts)}</dd>
                  <dt>Latest PHQ-9 worse than the one before</dt>
                  <dd>{ofFollowedText(counts.latestWorsened, counts)}</dd>
                </dl>
              ) : (
                <p>No client has a PHQ-9 after their baseline yet, so there is nothing to compare.</p>
              )}
            </section>
            {clients.length > 0 ? (
              <section aria-labelledby="outcomes-clients-title" className="record-section">
                <h2 id="outcomes-clients-title">Clients</h2>
                <OutcomesTable clients={clients} />
              </section>
            ) : null}
          </>
        )}
      </QueryView>
    </div>
  );
}
