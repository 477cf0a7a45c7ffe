import { useState } from 'react';
import { call } from '../../../rpc/call';
import { describeError } from '../../../rpc/error-message';
import { isRpcError } from '../../../../../shared/contract/errors';
import { ActionButton } from '../../../ui/ActionButton';
import { remsFileName } from './rems-deadline';

/** Print (the print stylesheet shows the form alone) and, in the desktop app, Export PDF of the same layout. */
export function RemsExportButtons({ sessionDate }: { sessionDate: string | null }) {
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const exportPdf = async () => {
    setBusy(true);
    setNote(null);
    try {
      const { saved } = await call('documents.exportPdf', { suggestedFileName: remsFileName(sessionDate) });
      setNote(saved ? 'PDF saved.' : null);
    } catch (error) {
      // Outside the desktop app there is no PDF printer to drive; main's message says to use Print instead.
      setNote(isRpcError(error, 'UNAVAILABLE') && error.message ? error.message : describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="rems-export">
      <span className="rems-export-label">A copy to file or submit:</span>
      <ActionButton onPress={() => window.print()}>Print…</ActionButton>
      <ActionButton onPress={() => void exportPdf()} busy={busy}>
        Export PDF…
      </ActionButton>
      <p role="status" className="rems-export-note">
        {note}
      </p>
    </div>
  );
}
