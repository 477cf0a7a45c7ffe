import { useState } from 'react';
import type { FollowUpPreparation } from '../../../../shared/contract';
import { ROUTE_LABELS } from '../../../../shared/session/routes';
import { useNavigation } from '../../navigation/navigation';
import { ActionButton } from '../../ui/ActionButton';
import { PageTitle } from '../../ui/PageTitle';
import { FormAlert } from '../../ui/FormAlert';
import { QueryView } from '../../ui/QueryView';
import { formatDateTime } from '../../ui/time-text';
import { useSubmit } from '../../ui/use-submit';
import { SessionPromptPlan } from '../prompts';
import { ContactsSection } from './ContactsSection';
import { ExportFollowUpDialog } from './ExportFollowUpDialog';
import { useFollowUpPreparation, useStartFollowUpNote } from './follow-up-queries';
import { HighlightsSection, HomeworkSinceSection, MeasureTrendSection, NotesSinceSection, StillOpenSection } from './PreparationSections';
import './follow-up.css';

type WithSession = FollowUpPreparation & { lastSession: NonNullable<FollowUpPreparation['lastSession']> };

function LastSessionSummary({ session }: { session: WithSession['lastSession'] }) {
  return (
    <div className="card follow-up-summary">
      <p>
        <strong>Session {session.courseSessionNumber}</strong> · {ROUTE_LABELS[session.route]} · dosed {formatDateTime(session.dosedAt)}
        {session.endedAt === null ? ' · not yet discharged' : ` · discharged ${formatDateTime(session.endedAt)}`}
      </p>
      {session.intention ? <p>Intention: {session.intention}</p> : null}
    </div>
  );
}

/** Writes the integration note for the last session: main fills it with the intention, the client's words and the chosen prompts. */
function StartNoteButton({ clientId, sessionId }: { clientId: string; sessionId: string }) {
  const { openNote } = useNavigation();
  const create = useStartFollowUpNote();
  const creating = useSubmit();
  return (
    <>
      <ActionButton
        variant="primary"
        busy={creating.busy}
        onPress={() => void creating.run(async () => openNote((await create.mutateAsync({ clientId, kind: 'integration', sessionId })).id))}
      >
        Start the follow-up note
      </ActionButton>
      <FormAlert>{creating.error}</FormAlert>
    </>
  );
}

/**
 * Preparing the follow-up after a client's last dose, on one screen from one read: the contacts,
 * the room's highlights, notes and homework since, the prompts to have at hand, the measure trend
 * and what is still open. It prints (its own print styles) and exports to PDF.
 */
export function FollowUpPreparationPage({ clientId }: { clientId: string }) {
  const { openClient } = useNavigation();
  const preparation = useFollowUpPreparation(clientId);
  const [exporting, setExporting] = useState(false);

  const prep = preparation.data;
  const withSession: WithSession | null = prep?.lastSession ? { ...prep, lastSession: prep.lastSession } : null;

  // The heading is there from the first paint, so navigation's focus lands on it while the read runs.
  return (
    <div className="follow-up-page printable">
      <ActionButton variant="quiet" className="back-link no-print" onPress={() => openClient(clientId)}>
        ← {prep?.client.displayName ?? 'Client'}
      </ActionButton>
      <div className="page-header">
        <div>
          <PageTitle>Follow-up preparation</PageTitle>
          {prep ? <p className="follow-up-client">{prep.client.displayName}</p> : null}
        </div>
        {prep ? (
          <div className="page-header-actions no-print">
            <ActionButton onPress={() => window.print()}>Print…</ActionButton>
            <ActionButton onPress={() => setExporting(true)}>Export PDF…</ActionButton>
            {withSession ? <StartNoteButton clientId={clientId} sessionId={withSession.lastSession.id} /> : null}
          </div>
        ) : null}
      </div>
      <QueryView query={preparation}>
        {(answer) => (
          <>
            {withSession ? (
              <>
                <LastSessionSummary session={withSession.lastSession} />
                <ContactsSection preparation={withSession} />
                <HighlightsSection preparation={withSession} />
                <NotesSinceSection preparation={withSession} />
                <HomeworkSinceSection preparation={withSession} />
                <SessionPromptPlan sessionId={withSession.lastSession.id} />
              </>
            ) : (
              <p className="hint">No dose has been given yet: the follow-up starts after the first dosing session.</p>
            )}
            <MeasureTrendSection measures={answer.measures} />
            <StillOpenSection preparation={answer} />
          </>
        )}
      </QueryView>
      {exporting ? <ExportFollowUpDialog clientId={clientId} onClose={() => setExporting(false)} /> : null}
    </div>
  );
}
