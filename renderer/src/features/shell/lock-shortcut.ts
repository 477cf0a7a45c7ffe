import { useEffect, useEffectEvent } from 'react';

export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** How the shortcut is written for this platform, for labels and tooltips. */
export const LOCK_SHORTCUT_TEXT = IS_MAC ? '⌘L' : 'Ctrl+L';

/** The same shortcut in aria-keyshortcuts syntax. */
export const LOCK_SHORTCUT_ARIA = IS_MAC ? 'Meta+L' : 'Control+L';

function isLockShortcut(event: KeyboardEvent): boolean {
  const modifier = IS_MAC ? event.metaKey : event.ctrlKey;
  return modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l';
}

/** Ctrl+L (Cmd+L on a Mac) locks from anywhere, including inside fields and dialogs, hence the capture phase. */
export function useLockShortcut(onLock: () => void): void {
  const lock = useEffectEvent(onLock);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return;
      event.preventDefault();
      lock();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
