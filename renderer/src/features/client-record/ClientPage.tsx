import { useState } from 'react';
import { Heading } from '../../ui/aria-primitives';
import { PageTitle } from '../../ui/PageTitle';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { clientDetails } from '../clients';
import { CourseSection } from '../course';
import { EvaluationSection } from '../evaluation';
import { ExportDialog } from '../exports';
import { HomeworkDialog, HomeworkSection } from '../homework';
import { MeasuresSection } from '../measures';
import { NotesSection } from '../notes';
import { useProtocols } from '../protocols';
import { useSessionHistory } from '../sessions';
import { SideEffectsSection } from '../side-effects';
import { useClient } from './client-queries';
import { DoseHistory } from './DoseHistory';
import { OpenSessionBanner } from './OpenSessionBanner';
import { PlanSessionDialog } from './PlanSessionDialog';
import { RemsDeadlines } from './RemsDeadlines';
import { SessionHistoryTable } from './SessionHistoryTable';
import './client-record.css';
import { useNavigation } from '../../navigation/navigation';

interface ClientPageProps {
  clientId: string;
  /** Homework to open over the page at once (a search result). */
  openHomeworkId?: string;
}

/** One client: who they are, the session to plan or return to, REMS deadlines, the evaluation, notes, homework, measures, and the course so far. */
export function ClientPage({ clientId, openHomeworkId }: ClientPageProps) {
  const { openClients, openSession, openFollowUp } = useNavigation();
  const [planning, setPlanning] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [shownHomework, setShownHomework] = useState(openHomeworkId ?? null);
  const client = useClient(clientId);
  const history = useSessionHistory(clientId);
  const protocols = useProtocols();
  // Deadlines count whole days: the time the page opened is precise enough.
  const [now] = useState(() => Date.now());
  const failure = client.error ?? history.error ?? protocols.error;

  if (failure) {
    return (
      <FormAlert>
        {describeError(failure)}{' '}
        <ActionButton variant="quiet" onPress={openClients}>
          Back to clients
        </ActionButton>
      </FormAlert>
    );
  }
  if (!client.data || !history.data || !protocols.data) return <p className="loading">Loading…</p>;

  const sessions = history.data;
  const archived = client.data.archivedAt !== null;
  const last = [...sessions].sort((a, b) => b.courseSessionNumber - a.courseSessionNumber)[0];
  const details = clientDetails(client.data);

  return (
    <div className="client-page">
      <ActionButton variant="quiet" className="back-link" onPress={openClients}>
        ← Clients
      </ActionButton>
      <div className="page-header">
        <div>
          <PageTitle>{client.data.displayName}</PageTitle>
          {details.length > 0 ? <p className="client-page-details">{details.join(' · ')}</p> : null}
        </div>
        <div className="page-header-actions">
          <ActionButton onPress={() => openFollowUp(clientId)}>Prepare the follow-up</ActionButton>
          <ActionButton onPress={() => setExporting(true)}>Export record…</ActionButton>
          <ActionButton variant="primary" onPress={() => setPlanning(true)} isDisabled={archived || protocols.data.length === 0}>
            Plan a session
          </ActionButton>
        </div>
      </div>
      {archived ? <p className="hint">This client is archived. Restore them from the clients list to plan a session.</p> : null}

      <OpenSessionBanner sessions={sessions} onOpen={openSession} />
      <RemsDeadlines sessions={sessions} now={now} onOpen={openSession} />

      <EvaluationSection clientId={clientId} sessions={sessions} archived={archived} />
      <CourseSection clientId={clientId} archived={archived} />
      <NotesSection clientId={clientId} clientName={client.data.displayName} sessions={sessions} />
      <HomeworkSection clientId={clientId} archived={archived} />
      <MeasuresSection clientId={clientId} sessions={sessions} archived={archived} />
      <SideEffectsSection clientId={clientId} />

      <section className="history-section" aria-labelledby="history-title">
        <Heading level={2} id="history-title" className="section-title">
          Sessions
        </Heading>
        {sessions.length > 0 ? (
          <SessionHistoryTable sessions={sessions} now={now} onOpen={openSession} />
        ) : (
          <p className="hint">No sessions yet. Plan the first one when you are ready.</p>
        )}
      </section>
      <DoseHistory clientId={clientId} sessions={sessions} />

      {shownHomework ? <HomeworkDialog homeworkId={shownHomework} onClose={() => setShownHomework(null)} /> : null}
      {exporting ? (
        <ExportDialog scope={{ kind: 'client', clientId }} title={`Export the record of ${client.data.displayName}`} onClose={() => setExporting(false)} />
      ) : null}
      {planning ? (
        <PlanSessionDialog
          clientId={clientId}
          clientName={client.data.displayName}
          protocols={protocols.data}
          lastRoute={last?.route ?? null}
          nextSessionNumber={(last?.courseSessionNumber ?? 0) + 1}
          onClose={() => setPlanning(false)}
          onPlanned={(session) => {
            setPlanning(false);
            openSession(session.id);
          }}
        />
      ) : null}
    </div>
  );
}
