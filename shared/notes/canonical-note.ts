import type { HomeworkStatus } from '../homework/homework-types';
import type { NoteDocument } from './note-document';
import type { NoteKind } from './note-kinds';

/**
 * What a signature hash covers, by version; stored inside the hashed text and beside the note.
 * kap-note/1 covered homework links by id only; kap-note/2 adds each link's title and status at
 * signing. A note is verified over the form it was signed with.
 */
export const CANONICAL_NOTE_FORMATS = ['kap-note/1', 'kap-note/2'] as const;
export type CanonicalNoteFormat = (typeof CANONICAL_NOTE_FORMATS)[number];
/** The form new signatures use. */
export const CANONICAL_NOTE_FORMAT: CanonicalNoteFormat = 'kap-note/2';
/** Addenda have kept one form since the first; their hashes chain to the note's whatever its form. */
export const CANONICAL_ADDENDUM_FORMAT = 'kap-note/1/addendum';

/** A homework link as the note said it when signed. */
export interface SignedHomeworkLink {
  id: string;
  title: string;
  status: HomeworkStatus;
}

export interface SignedNoteFacts {
  noteId: string;
  clientId: string;
  sessionId: string | null;
  kind: NoteKind;
  isPrivate: boolean;
  title: string;
  doc: NoteDocument;
  /** Each linked homework once, in order of first mention (kap-note/2 on). */
  homework: readonly SignedHomeworkLink[];
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

/**
 * What a note's signature hash covers: its words and structure, what kind of note it is, what its
 * homework links said, who signed and when. kap-note/1 is kept so older signatures still verify.
 */
export function canonicalSignedNote(facts: SignedNoteFacts, format: CanonicalNoteFormat = CANONICAL_NOTE_FORMAT): string {
  if (format === 'kap-note/1') {
    const { homework: _notCovered, ...covered } = facts;
    return canonicalJson({ format, ...covered });
  }
  return canonicalJson({ format, ...facts });
}

export function canonicalSignedAddendum(facts: SignedAddendumFacts): string {
  return canonicalJson({ format: CANONICAL_ADDENDUM_FORMAT, ...facts });
}
