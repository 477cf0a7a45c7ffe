import { createContext, useState } from 'react';

/**
 * Number fields holding text they refused ("12,5" in English, "5o") tell their form here, so the
 * form does not submit while one does: the caller only sees NaN, which for an optional field
 * (minutes ago, one of four vitals) would otherwise read as "left empty" and save something else
 * than what was typed. SubmitForm and SaveInPlaceForm provide it; ui/NumberField reports to it.
 */
export interface RefusedNumbers {
  /** A field's refusal (how to show its reason), or null once its text reads again. */
  report: (inputId: string, reveal: (() => void) | null) => void;
}

export const RefusedNumbersContext = createContext<RefusedNumbers | null>(null);

/** A form's list of refused number fields, and the check its submit makes first. */
export function useRefusedNumbers() {
  const [refused] = useState(() => new Map<string, () => void>());
  const [registry] = useState<RefusedNumbers>(() => ({
    report: (inputId, reveal) => {
      if (reveal) refused.set(inputId, reveal);
      else refused.delete(inputId);
    },
  }));

  /** Shows every refused field's reason and focuses the first on screen; true while any is refused (do not submit). */
  const holdSubmit = (): boolean => {
    if (refused.size === 0) return false;
    for (const reveal of refused.values()) reveal();
    const inputs = [...refused.keys()].flatMap((id) => document.getElementById(id) ?? []);
    inputs.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    inputs[0]?.focus();
    return true;
  };

  return { registry, holdSubmit };
}
