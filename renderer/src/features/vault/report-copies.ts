import { useEffect } from 'react';
import { call } from '../../rpc/call';

/**
 * What a copy put on the clipboard as plain text: an editor's own data, else the page's selection,
 * else the selection inside the focused field (which the page's selection does not show).
 */
function copiedText(event: ClipboardEvent): string {
  const set = event.clipboardData?.getData('text/plain');
  if (set) return set;
  const selected = document.getSelection()?.toString() ?? '';
  if (selected) return selected;
  const field = document.activeElement;
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) return field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0);
  return '';
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Tells main the SHA-256 of each text copied from the app, never the text: at the next lock main
 * empties the clipboard if it still holds it (decision 0054). Listens after every other handler,
 * so an editor's own clipboard data is what is hashed.
 */
export function useReportCopies(): void {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      const text = copiedText(event);
      if (text === '') return;
      void sha256Hex(text)
        .then((sha256) => call('vault.noteCopy', { sha256 }))
        // Not being able to report a copy changes nothing the therapist does; the clipboard is then left as it is.
        .catch(() => undefined);
    };
    window.addEventListener('copy', onCopy);
    return () => window.removeEventListener('copy', onCopy);
  }, []);
}
