import type { ClientOutcome } from '../../../../shared/contract';
import { ITEM9_FLAG_TEXT } from '../../../../shared/measures/scoring';
import { useNavigation } from '../../navigation/navigation';
import { ActionButton } from '../../ui/ActionButton';
import { formatCalendarDate } from '../../ui/time-text';
import { WORSENING_TEXT } from '../measures';
import { phq9ScoreText } from './outcome-text';

function reachedText(day: string | null, hasLater: boolean): string {
  if (day !== null) return `Reached ${formatCalendarDate(day)}`;
  return hasLater ? 'Not reached' : '–';
}

/** One row per active client with a PHQ-9, by name; the name opens the client's page. */
export function OutcomesTable({ clients }: { clients: readonly ClientOutcome[] }) {
  const { openClient } = useNavigation();
  return (
    <table className="data-table outcomes-table">
      <caption className="visually-hidden">PHQ-9 outcomes of active clients, by name</caption>
      <thead>
        <tr>
          <th scope="col">Client</th>
          <th scope="col">Baseline PHQ-9</th>
          <th scope="col">Latest PHQ-9</th>
          <th scope="col">Response</th>
          <th scope="col">Remission</th>
          <th scope="col">Latest against the one before</th>
        </tr>
      </thead>
      <tbody>
        {clients.map((client) => {
          const hasLater = client.latest !== null;
          const flags = [...(client.latestItem9Flag ? [ITEM9_FLAG_TEXT] : []), ...client.latestWorsening.map((reason) => WORSENING_TEXT[reason])];
          return (
            <tr key={client.clientId}>
              <th scope="row">
                <ActionButton variant="quiet" onPress={() => openClient(client.clientId)}>
                  {client.displayName}
                </ActionButton>
              </th>
              <td>{phq9ScoreText(client.baseline)}</td>
              <td>{client.latest ? phq9ScoreText(client.latest) : 'Only the baseline so far'}</td>
              <td>{reachedText(client.responseOn, hasLater)}</td>
              <td>{reachedText(client.remissionOn, hasLater)}</td>
              <td>
                {flags.length > 0 ? (
                  <ul className="outcomes-flags">
                    {flags.map((flag) => (
                      <li key={flag} className="outcomes-flag">
                        {flag}
                      </li>
                    ))}
                  </ul>
                ) : hasLater ? (
                  'Not worse'
                ) : (
                  '–'
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
