import { join } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { openEncryptedDatabase } from '../../db/open-database';
import { unwrapDatabaseKey } from '../../electron/vault/key-wrapping';
import { readVaultFile } from '../../electron/vault/vault-file';
import type { NoteDocument, NoteNode } from '../../shared/notes/note-document';
import { STRONG_PASSPHRASE } from './passphrases';

/** Builders for the editor's JSON, as the note editor writes it. */
export const text = (value: string): NoteNode => ({ type: 'text', text: value });
export const paragraph = (...content: (NoteNode | string)[]): NoteNode =>
  content.length ? { type: 'paragraph', content: content.map((part) => (typeof part === 'string' ? text(part) : part)) } : { type: 'paragraph' };
export const heading = (value: string): NoteNode => ({ type: 'heading', attrs: { level: 2 }, content: [text(value)] });
export const homeworkLink = (id: string): NoteNode => ({ type: 'homeworkLink', attrs: { id } });
export const promptBlock = (promptId: string | null, question: string, ...content: NoteNode[]): NoteNode => ({
  type: 'promptBlock',
  attrs: { promptId, question },
  content: content.length ? content : [paragraph()],
});
export const noteDoc = (...content: NoteNode[]): NoteDocument => ({ type: 'doc', content });
/** notes.save takes the document as a JSON string. */
export const noteJson = (...content: NoteNode[]): string => JSON.stringify(noteDoc(...content));

/**
 * A second, raw connection to a vault's database, opened with the key unwrapped from vault.json
 * (as tests/integration/migrations.test.ts does): SQL that bypasses every handler.
 */
export async function openRawDatabase(vaultDir: string, passphrase = STRONG_PASSPHRASE): Promise<Database.Database> {
  const key = await unwrapDatabaseKey(readVaultFile(vaultDir).wraps.passphrase, passphrase, 'passphrase');
  if (!key) throw new Error('the test passphrase did not unwrap the key');
  try {
    return openEncryptedDatabase(join(vaultDir, 'kap.db'), key);
  } finally {
    key.fill(0);
  }
}
