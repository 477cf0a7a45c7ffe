import { createHash } from 'node:crypto';
import { canonicalSignedAddendum, canonicalSignedNote, type SignedAddendumFacts, type SignedNoteFacts } from '../../../shared/notes/canonical-note';

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The hash a signed note shows: SHA-256 over its canonical form (shared/notes/canonical-note.ts). */
export function hashSignedNote(facts: SignedNoteFacts): string {
  return sha256Hex(canonicalSignedNote(facts));
}

export function hashSignedAddendum(facts: SignedAddendumFacts): string {
  return sha256Hex(canonicalSignedAddendum(facts));
}
