import { useState } from 'react';
import { SavedFileNotice } from '../../ui/SavedFileNotice';
import { ModalDialog } from '../../ui/ModalDialog';
import { PassphraseForm } from '../../ui/PassphraseForm';
import { useExportAuditLog } from './audit-queries';

/** The shown range as a JSON file for an auditor, after the passphrase. The file holds ids and kinds, no record text. */
export function ExportAuditLogDialog({ range, onClose }: { range: { from: number; to: number }; onClose: () => void }) {
  const exporting = useExportAuditLog();
  const [done, setDone] = useState<string | null>(null);
  return (
    <ModalDialog title="Export the audit log" onClose={onClose} isDismissable holdOpen={exporting.isPending}>
      {done !== null ? (
        <SavedFileNotice message={done} onClose={onClose} />
      ) : (
        <>
          <p>
            The file lists the entries of the dates shown, with the hashes that chain them, so they can be checked elsewhere. It holds record ids, not names.
          </p>
          <PassphraseForm
            label="Passphrase"
            submitLabel="Export"
            emptyMessage="Type your passphrase."
            wrongMessage="That is not your passphrase. Nothing was exported."
            autoFocus
            onSubmit={async (passphrase) => {
              const result = await exporting.mutateAsync({ range, passphrase });
              setDone(result.saved && result.fileName ? `Saved ${result.fileName}.` : 'Nothing was saved.');
            }}
          />
        </>
      )}
    </ModalDialog>
  );
}
