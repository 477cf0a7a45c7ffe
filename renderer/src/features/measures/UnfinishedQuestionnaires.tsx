import { useState } from 'react';
import type { MeasureDraft } from '../../../../shared/contract';
import { QUESTIONNAIRES } from '../../../../shared/measures/questionnaires';
import { ActionButton } from '../../ui/ActionButton';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormAlert } from '../../ui/FormAlert';
import { formatDateTime } from '../../ui/time-text';
import { useSubmit } from '../../ui/use-submit';
import { useContinueHandover, useDiscardMeasureDraft, useMeasureDrafts } from './measure-queries';

/**
 * Questionnaires a client began on the handed-over screen and did not finish (the therapist took
 * the screen back, the vault locked, the app closed): how far each got, to continue or discard.
 * What was answered is not shown: it is scored only once complete.
 */
export function UnfinishedQuestionnaires({ clientId, archived }: { clientId: string; archived: boolean }) {
  const drafts = useMeasureDrafts(clientId);
  const continueHandover = useContinueHandover();
  const continuing = useSubmit();
  const [discarding, setDiscarding] = useState<MeasureDraft | null>(null);

  if (!drafts.data?.length) return null;
  return (
    <>
      <ul className="plain-list measure-drafts" aria-label="Unfinished questionnaires">
        {drafts.data.map((draft) => (
          <li key={draft.id} className="measure-draft">
            <span>
              Unfinished {QUESTIONNAIRES[draft.kind].name}: {draft.answered} of {draft.items} answered
              <span className="hint"> · started {formatDateTime(draft.startedAt)}</span>
            </span>
            <span className="measure-draft-actions">
              <ActionButton
                onPress={() => void continuing.run(() => continueHandover.mutateAsync({ draftId: draft.id }))}
                isDisabled={archived}
                aria-label={`Continue the unfinished ${QUESTIONNAIRES[draft.kind].name} with the client`}
              >
                Continue with the client
              </ActionButton>
              <ActionButton variant="quiet" onPress={() => setDiscarding(draft)} aria-label={`Discard the unfinished ${QUESTIONNAIRES[draft.kind].name}`}>
                Discard
              </ActionButton>
            </span>
          </li>
        ))}
      </ul>
      <FormAlert>{continuing.error}</FormAlert>
      {discarding ? <DiscardDraftDialog draft={discarding} onClose={() => setDiscarding(null)} /> : null}
    </>
  );
}

function DiscardDraftDialog({ draft, onClose }: { draft: MeasureDraft; onClose: () => void }) {
  const discard = useDiscardMeasureDraft();
  const discarding = useSubmit();
  const name = QUESTIONNAIRES[draft.kind].name;
  return (
    <ConfirmDialog
      title={`Discard the unfinished ${name}?`}
      keepLabel="Keep it"
      confirmLabel="Discard"
      busy={discarding.busy}
      onConfirm={() =>
        void discarding.run(async () => {
          await discard.mutateAsync({ id: draft.id });
          onClose();
        })
      }
      onClose={onClose}
    >
      <p>The {draft.answered} answers given so far are deleted. It was never a measure, so nothing of it stays in the record.</p>
      <FormAlert>{discarding.error}</FormAlert>
    </ConfirmDialog>
  );
}
