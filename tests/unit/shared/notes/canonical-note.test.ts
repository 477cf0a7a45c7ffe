import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CANONICAL_ADDENDUM_FORMAT,
  CANONICAL_NOTE_FORMAT,
  canonicalJson,
  canonicalSignedAddendum,
  canonicalSignedNote,
  type SignedAddendumFacts,
  type SignedNoteFacts,
} from '../../../../shared/notes/canonical-note';
import { hashSignedAddendum, hashSignedNote } from '../../../../electron/handlers/notes/note-signature';

const facts = (): SignedNoteFacts => ({
  noteId: 'note-1',
  clientId: 'client-1',
  sessionId: 'session-1',
  kind: 'session',
  isPrivate: false,
  title: 'Session note',
  doc: {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Intention' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'To feel less stuck', marks: [{ type: 'bold' }] }] },
    ],
  },
  homework: [{ id: 'hw-1', title: 'Walk in the park', status: 'assigned' }],
  signedBy: 'Dr. A. Example',
  signedAt: 1_790_000_000_000,
});

const addendum = (): SignedAddendumFacts => ({
  addendumId: 'add-1',
  noteId: 'note-1',
  noteHash: 'a'.repeat(64),
  text: 'Correction: 28 mg, not 56 mg.',
  signedBy: 'Dr. A. Example',
  signedAt: 1_790_000_100_000,
});

/** Reverses the key order of every object, recursively. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, item]) => [key, reversedKeys(item)]),
    );
  return value;
}

describe('canonicalJson', () => {
  it('does not depend on key order, at any level', () => {
    const value = { b: 1, a: { d: [{ y: 1, x: 2 }], c: 'text' }, e: null };
    expect(canonicalJson(reversedKeys(value))).toBe(canonicalJson(value));
    expect(canonicalJson(value)).toBe('{"a":{"c":"text","d":[{"x":2,"y":1}]},"b":1,"e":null}');
    expect(canonicalSignedNote(reversedKeys(facts()) as SignedNoteFacts)).toBe(canonicalSignedNote(facts()));
  });

  it('keeps array order', () => {
    expect(canonicalJson([3, 1, 2])).not.toBe(canonicalJson([1, 2, 3]));
    expect(canonicalJson([{ a: 1 }, { a: 2 }])).toBe('[{"a":1},{"a":2}]');
  });

  it('drops undefined properties, as JSON does, but keeps null', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson({ a: 1, b: null })).not.toBe(canonicalJson({ a: 1 }));
  });

  it('is always valid JSON that reads back as the same value', () => {
    const values: unknown[] = [{ a: [1, undefined, 'x'] }, [undefined], 'quote " and \\ and \u2028', { '': 0, ü: -0.5, '10': true, '9': false }, [], {}, 0];
    for (const value of values) expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('throws on %d, at any depth', (value) => {
    expect(() => canonicalJson(value)).toThrow(/non-finite/);
    expect(() => canonicalJson({ a: [{ b: value }] })).toThrow(/non-finite/);
  });
});

describe('canonicalSignedNote', () => {
  it('names its format inside the hashed text', () => {
    expect(JSON.parse(canonicalSignedNote(facts()))).toMatchObject({ format: CANONICAL_NOTE_FORMAT, noteId: 'note-1' });
  });

  it('changes with any change to what the signature covers', () => {
    const base = canonicalSignedNote(facts());
    const changes: [string, (f: SignedNoteFacts) => void][] = [
      ['title', (f) => (f.title = 'Session note.')],
      ['doc text', (f) => ((f.doc.content[1]!.content![0] as { text: string }).text = 'To feel less stuck!')],
      ['doc mark', (f) => delete f.doc.content[1]!.content![0]!.marks],
      ['doc structure', (f) => ((f.doc.content[0]!.attrs as { level: number }).level = 3)],
      ['doc order', (f) => f.doc.content.reverse()],
      ['kind', (f) => (f.kind = 'integration')],
      ['privacy', (f) => (f.isPrivate = true)],
      ['signer', (f) => (f.signedBy = 'Dr. A. Exampl')],
      ['time', (f) => (f.signedAt += 1)],
      ['session', (f) => (f.sessionId = null)],
      ['client', (f) => (f.clientId = 'client-2')],
      ['note', (f) => (f.noteId = 'note-2')],
      ['homework title', (f) => (f.homework = [{ ...f.homework[0]!, title: 'Walk in the parks' }])],
      ['homework status', (f) => (f.homework = [{ ...f.homework[0]!, status: 'reviewed' }])],
      ['homework linked', (f) => (f.homework = [])],
    ];
    const seen = new Set([base]);
    for (const [what, change] of changes) {
      const changed = facts();
      change(changed);
      const text = canonicalSignedNote(changed);
      expect(text, what).not.toBe(base);
      seen.add(text);
    }
    expect(seen.size).toBe(changes.length + 1);
  });

  it('keeps the first form (kap-note/1, links by id only) so notes signed before still verify', () => {
    const { homework: _notCovered, ...covered } = facts();
    expect(CANONICAL_NOTE_FORMAT).toBe('kap-note/2');
    expect(canonicalSignedNote(facts(), 'kap-note/1')).toBe(canonicalJson({ format: 'kap-note/1', ...covered }));
    expect(canonicalSignedNote({ ...facts(), homework: [] }, 'kap-note/1')).toBe(canonicalSignedNote(facts(), 'kap-note/1'));
    expect(JSON.parse(canonicalSignedNote(facts())).homework).toEqual([{ id: 'hw-1', status: 'assigned', title: 'Walk in the park' }]);
  });

  it('hashes as SHA-256 of its UTF-8 text', () => {
    expect(hashSignedNote(facts())).toBe(
      createHash('sha256')
        .update(Buffer.from(canonicalSignedNote(facts()), 'utf8'))
        .digest('hex'),
    );
    expect(hashSignedNote(facts())).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('canonicalSignedAddendum', () => {
  it('differs from a note form and changes with the note hash, text, signer and time', () => {
    const base = canonicalSignedAddendum(addendum());
    expect(JSON.parse(base).format).toBe(CANONICAL_ADDENDUM_FORMAT);
    expect(CANONICAL_ADDENDUM_FORMAT).toBe('kap-note/1/addendum');
    for (const change of [
      { noteHash: 'b'.repeat(64) },
      { text: 'Correction: 28 mg.' },
      { signedBy: 'Someone else' },
      { signedAt: 1 },
      { addendumId: 'add-2' },
    ]) {
      expect(canonicalSignedAddendum({ ...addendum(), ...change }), JSON.stringify(change)).not.toBe(base);
    }
    expect(canonicalSignedAddendum(reversedKeys(addendum()) as SignedAddendumFacts)).toBe(base);
    expect(hashSignedAddendum(addendum())).toBe(createHash('sha256').update(base, 'utf8').digest('hex'));
  });
});
