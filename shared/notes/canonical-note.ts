import type { NoteDocument } from './note-document';
import type { NoteKind } from './note-kinds';

/** Bumped only if what the hash covers changes; stored inside the hashed text itself. */
export const CANONICAL_NOTE_FORMAT = 'kap-note/1';

export interface SignedNoteFacts {
  noteId: string;
  clientId: string;
  sessionId: string | null;
  kind: NoteKind;
  isPrivate: boolean;
  title: string;
  doc: NoteDocument;
  signedBy: string;
  signedAt: number;
}

export interface SignedAddendumFacts {
  addendumId: string;
  noteId: string;
  /** The hash of the note it corrects, so the chain holds together. */
  noteHash: string;
  text: string;
  signedBy: string;
  signedAt: number;
}

/**
 * JSON with object keys sorted at every level and nothing optional left to chance: the same
 * facts always give the same text, whatever order an editor wrote its attributes in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('Canonical JSON has no place for a non-finite number');
    return JSON.stringify(value);
  }
  // An undefined array item is null, as in JSON.stringify; skipping it would write `[1,,2]`.
  if (Array.isArray(value)) return `[${value.map((item: unknown) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** What a note's signature hash covers: its words and structure, what kind of note it is, who signed and when. */
export function canonicalSignedNote(facts: SignedNoteFacts): string {
  return canonicalJson({ format: CANONICAL_NOTE_FORMAT, ...facts });
}

export function canonicalSignedAddendum(facts: SignedAddendumFacts): string {
  return canonicalJson({ format: `${CANONICAL_NOTE_FORMAT}/addendum`, ...facts });
}
