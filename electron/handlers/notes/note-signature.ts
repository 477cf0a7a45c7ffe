import { createHash } from 'node:crypto';
import type { Note } from '../../../shared/contract/notes';
import {
  canonicalSignedAddendum,
  canonicalSignedNote,
  type CanonicalNoteFormat,
  type SignedAddendumFacts,
  type SignedNoteFacts,
} from '../../../shared/notes/canonical-note';

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The hash a signed note shows: SHA-256 over its canonical form (shared/notes/canonical-note.ts). */
export function hashSignedNote(facts: SignedNoteFacts, format?: CanonicalNoteFormat): string {
  return sha256Hex(canonicalSignedNote(facts, format));
}

/** What a signature covers: the note as it stands, the homework links as signed, and who signed when. */
export function signedNoteFacts(note: Note, signature: Pick<SignedNoteFacts, 'homework' | 'signedBy' | 'signedAt'>): SignedNoteFacts {
  const { id: noteId, clientId, sessionId, kind, isPrivate, title, doc } = note;
  return { noteId, clientId, sessionId, kind, isPrivate, title, doc, ...signature };
}

/** Whether a stored signed note still hashes to its signature, over the form it was signed with. */
export function signatureHolds(note: Note): boolean {
  if (note.status !== 'signed' || note.signedFormat === null || note.signedBy === null || note.signedAt === null) return false;
  const facts = signedNoteFacts(note, { homework: note.signedHomework, signedBy: note.signedBy, signedAt: note.signedAt });
  return hashSignedNote(facts, note.signedFormat) === note.contentHash;
}

export function hashSignedAddendum(facts: SignedAddendumFacts): string {
  return sha256Hex(canonicalSignedAddendum(facts));
}
