import { createHash, timingSafeEqual } from 'node:crypto';
import type { ClipboardApi } from './electron-api';

export interface CopiedTextGuard {
  /** The renderer copied text whose SHA-256 (hex) is this. */
  note: (sha256: string) => void;
  /** At a lock: forgets the hash at once, then empties the clipboard if it still holds that text. */
  clearIfStillCopied: () => Promise<void>;
}

const sha256Of = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Main never sees the copied text: the renderer sends its hash, kept in memory only. At a lock the
 * clipboard is emptied only if it still holds exactly that text, so something the therapist
 * copied elsewhere since is left alone.
 */
export function createCopiedTextGuard(clipboard: ClipboardApi): CopiedTextGuard {
  let copied: Buffer | null = null;
  return {
    note(sha256) {
      copied = Buffer.from(sha256, 'hex');
    },
    async clearIfStillCopied() {
      const expected = copied;
      copied = null;
      if (expected === null) return;
      const held = sha256Of(await clipboard.readText());
      if (held.length === expected.length && timingSafeEqual(held, expected)) clipboard.clear();
    },
  };
}
