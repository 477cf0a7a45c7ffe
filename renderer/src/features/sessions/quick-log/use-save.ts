import { useState } from 'react';
import { describeError } from '../../../rpc/error-message';

/** A dialog's save: busy while it runs, the error sentence if it fails, closes on success. */
export function useSave(onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (save: () => Promise<unknown>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await save();
      onClose();
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  };
  return { busy, error, run };
}
