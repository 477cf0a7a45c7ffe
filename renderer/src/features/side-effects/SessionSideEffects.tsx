import { useId, useState } from 'react';
import type { SideEffectChecklist } from '../../../../shared/contract';
import { SIDE_EFFECT_LEVEL_LABELS } from '../../../../shared/side-effects/side-effect-items';
import { Heading } from '../../ui/aria-primitives';
import { ActionButton } from '../../ui/ActionButton';
import { QueryView } from '../../ui/QueryView';
import { formatDateTime } from '../../ui/time-text';
import { useSessionSideEffects } from './side-effect-queries';
import { SideEffectsDialog } from './SideEffectsDialog';
import './side-effects.css';

function RecordedChecklist({ checklist }: { checklist: SideEffectChecklist }) {
  const present = checklist.answers.filter((answer) => answer.level !== 'none');
  const none = checklist.answers.filter((answer) => answer.level === 'none');
  return (
    <>
      {present.length > 0 ? (
        <ul className="plain-list side-effects-present" aria-label="Side effects present">
          {present.map((answer) => (
            <li key={answer.label}>
              {answer.label}: <strong>{SIDE_EFFECT_LEVEL_LABELS[answer.level].toLowerCase()}</strong>
            </li>
          ))}
        </ul>
      ) : null}
      {none.length > 0 ? <p>None: {none.map((answer) => answer.label).join(', ')}</p> : null}
      {checklist.note !== null ? <p className="side-effects-note">{checklist.note}</p> : null}
      <p className="hint">
        Recorded {formatDateTime(checklist.recordedAt)}
        {checklist.recordedAt !== checklist.firstRecordedAt ? `, first recorded ${formatDateTime(checklist.firstRecordedAt)}` : ''}
      </p>
    </>
  );
}

interface SessionSideEffectsProps {
  sessionId: string;
  clinicItems: readonly string[];
  /** Adverse events the room logged, offered for the therapist to confirm. */
  loggedInRoom: readonly string[];
}

/** The side-effect checklist of a dosed session, under its summary: what was recorded, and a way to record or change it. */
export function SessionSideEffects({ sessionId, clinicItems, loggedInRoom }: SessionSideEffectsProps) {
  const headingId = useId();
  const checklist = useSessionSideEffects(sessionId);
  const [editing, setEditing] = useState(false);
  return (
    <section className="record-section side-effects-session" aria-labelledby={headingId}>
      <div className="record-section-header">
        <Heading level={2} id={headingId} className="section-title">
          Side effects after the dose
        </Heading>
        {checklist.data !== undefined ? (
          <ActionButton variant={checklist.data === null ? 'primary' : 'secondary'} onPress={() => setEditing(true)}>
            {checklist.data === null ? 'Record side effects' : 'Change side effects'}
          </ActionButton>
        ) : null}
      </div>
      <QueryView query={checklist} loading="Loading side effects…">
        {(recorded) => (recorded === null ? <p className="hint">Not recorded yet.</p> : <RecordedChecklist checklist={recorded} />)}
      </QueryView>
      {editing && checklist.data !== undefined ? (
        <SideEffectsDialog
          sessionId={sessionId}
          clinicItems={clinicItems}
          recorded={checklist.data}
          loggedInRoom={loggedInRoom}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </section>
  );
}
