import { useState } from 'react';
import { Heading } from '../../../ui/aria-primitives';
import { useRpcQuery } from '../../../rpc/rpc-queries';
import { ActionButton } from '../../../ui/ActionButton';
import { QueryView } from '../../../ui/QueryView';
import { formatDateTime } from '../../../ui/time-text';
import { PrescriberSummaryDialog } from './PrescriberSummaryDialog';

/** On a discharged, dosed session: whether a summary for the prescriber was made, and the button that makes one (again). */
export function PrescriberSummarySection({ sessionId }: { sessionId: string }) {
  const last = useRpcQuery('documents.lastPrescriberSummary', { sessionId }, { select: ({ made }) => made });
  const [open, setOpen] = useState(false);
  return (
    <section className="prescriber-summary" aria-labelledby="prescriber-summary-title">
      <Heading level={2} id="prescriber-summary-title" className="section-title">
        Summary for the prescriber
      </Heading>
      <QueryView query={last} loading="Loading…">
        {(made) => (
          <>
            <p>{made ? `Summary for prescriber made on ${formatDateTime(made.madeAt)}.` : 'No summary for the prescriber has been made for this session.'}</p>
            <div>
              <ActionButton onPress={() => setOpen(true)}>{made ? 'Make the summary again' : 'Make a summary for the prescriber'}</ActionButton>
            </div>
            {open ? <PrescriberSummaryDialog sessionId={sessionId} lastSummary={made?.summary ?? ''} onClose={() => setOpen(false)} /> : null}
          </>
        )}
      </QueryView>
    </section>
  );
}
