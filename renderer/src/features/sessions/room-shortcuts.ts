import { useEffect, useEffectEvent } from 'react';
import type { EditableKind } from './quick-log/EntryEditor';

/** Single keys for the room, shown on their buttons. Letters that start the word where possible. */
export const LOG_SHORTCUTS: readonly { key: string; kind: EditableKind; label: string }[] = [
  { key: 'O', kind: 'observation', label: 'Observation' },
  { key: 'Q', kind: 'quote', label: "Client's words" },
  { key: 'I', kind: 'intervention', label: 'Intervention' },
  { key: 'V', kind: 'vitals', label: 'Vitals' },
  { key: 'S', kind: 'sedation', label: 'Sedation' },
  { key: 'E', kind: 'adverse-event', label: 'Adverse event' },
  { key: 'D', kind: 'dose', label: 'Dose' },
];

export const ACKNOWLEDGE_KEY = 'A';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [role="dialog"]') !== null;
}

/**
 * One letter, no modifier, while the therapist is not typing and no form is open. Modified keys
 * pass through, so Ctrl+L still locks and the browser's own shortcuts still work.
 */
export function useRoomShortcuts(onKey: (key: string) => boolean, enabled: boolean): void {
  const handle = useEffectEvent(onKey);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key.length !== 1 || isTyping(event.target)) return;
      if (handle(event.key.toUpperCase())) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
