import type { NoteNode } from '../../../shared/notes/note-document';
import { extractNoteText } from '../../../shared/notes/note-text';
import { noteDoc, paragraph } from '../../support/note-docs';
import { call, createVault, newCore } from '../../support/temp-vault';
import { digestOf } from '../digest';
import type { ChildRecord, CrashScenario } from '../scenario';

/** Paragraphs per note before the workload starts another one, so later saves stay typical in size. */
const PARAGRAPHS_PER_NOTE = 120;
const WORDS = ['amber', 'birch', 'cedar', 'delta', 'ember', 'fjord', 'grove', 'harbor', 'indigo', 'juniper'];

interface NoteRecord extends ChildRecord {
  op: 'create' | 'save';
  /** Set once known: on the ack of a create, on both intent and ack of a save. */
  noteId?: string;
  revision?: number;
  digest?: string;
}

/** What a note is compared by: its title and its document. */
const noteDigest = (title: string, doc: unknown) => digestOf({ title, doc });

/**
 * Autosave: create a note, then save it over and over, a paragraph longer each time, as fast as
 * dispatch answers (a new note every PARAGRAPHS_PER_NOTE saves). After the kill every note whose
 * creation was acknowledged must hold exactly its last acknowledged save, or the one in flight,
 * and its search entry, once the app has reopened the vault, must show that same content.
 */
export const noteAutosave: CrashScenario = {
  name: 'note-autosave',
  summary: 'notes.create, then notes.save with growing content until killed',
  kill: { afterMark: 'ready', maxDelayMs: 1500 },

  async buildTemplate(vaultDir) {
    const core = newCore(vaultDir);
    try {
      await createVault(core);
      const client = await call(core, 'clients.create', { displayName: 'Crash Test Client' });
      return { clientId: client.id };
    } finally {
      await core.close();
    }
  },

  async workload({ facts, prng, unlockedCore, mark, intent, ack }) {
    const core = await unlockedCore();
    const clientId = facts.clientId as string;
    mark('ready');
    for (let noteNumber = 1; ; noteNumber += 1) {
      const title = `Crash note ${noteNumber}`;
      intent({ op: 'create' } satisfies NoteRecord);
      const note = await call(core, 'notes.create', { clientId, kind: 'general', title });
      ack({ op: 'create', noteId: note.id, revision: note.revision, digest: noteDigest(note.title, note.doc) } satisfies NoteRecord);
      const paragraphs: NoteNode[] = [];
      let revision = note.revision;
      while (paragraphs.length < PARAGRAPHS_PER_NOTE) {
        paragraphs.push(paragraph(`Line ${paragraphs.length + 1} ${prng.pick(WORDS)} ${prng.pick(WORDS)} ${prng.int(0, 9999)}`));
        const doc = noteDoc(...paragraphs);
        const digest = noteDigest(title, doc);
        intent({ op: 'save', noteId: note.id, revision: revision + 1, digest } satisfies NoteRecord);
        const saved = await call(core, 'notes.save', { id: note.id, baseRevision: revision, content: JSON.stringify(doc), title, isPrivate: false });
        revision = saved.revision;
        ack({ op: 'save', noteId: note.id, revision, digest } satisfies NoteRecord);
      }
    }
  },

  verify({ facts, transcript, store }) {
    const failures: string[] = [];
    const acks = transcript.acks as NoteRecord[];
    const lastIntent = transcript.intents.at(-1) as NoteRecord | undefined;
    const lastAck = acks.at(-1);
    // One write at a time: the last intent is in flight unless the ack after it was printed.
    const inFlight = lastIntent && transcript.intents.length > acks.length ? lastIntent : null;

    const latest = new Map<string, NoteRecord>();
    for (const record of acks) latest.set(record.noteId!, record);
    for (const [noteId, acked] of latest) {
      const stored = store.notes.get(noteId);
      if (!stored) {
        failures.push(`note ${noteId}: acknowledged (revision ${acked.revision}) but missing after the crash`);
        continue;
      }
      // A save marks the entry stale in its own transaction, and the app catches marked entries up as
      // it opens the vault: after the reopen, the entry must show the stored content.
      const indexed = store.db.prepare("SELECT title, body FROM search_documents WHERE target = 'note' AND target_id = ?").get(noteId) as
        { title: string; body: string } | undefined;
      if (!indexed || indexed.title !== stored.title || indexed.body !== extractNoteText(stored.doc)) {
        failures.push(`note ${noteId}: its search entry does not match its stored revision ${stored.revision}`);
      }
      const found = { revision: stored.revision, digest: noteDigest(stored.title, stored.doc) };
      const matches = (record: NoteRecord) => record.revision === found.revision && record.digest === found.digest;
      if (matches(acked)) continue;
      if (inFlight?.op === 'save' && inFlight.noteId === noteId && matches(inFlight)) continue;
      failures.push(
        `note ${noteId}: stored revision ${found.revision} digest ${found.digest}; acknowledged revision ${acked.revision} digest ${acked.digest}` +
          (inFlight?.noteId === noteId ? `, in flight revision ${inFlight.revision} digest ${inFlight.digest}` : ''),
      );
    }

    // Nothing but acknowledged notes, plus at most the one whose creation was in flight.
    const notes = store.notes.listForClient(facts.clientId as string);
    const unacknowledged = notes.filter((note) => !latest.has(note.id));
    const allowed = inFlight?.op === 'create' ? 1 : 0;
    if (unacknowledged.length > allowed) failures.push(`${unacknowledged.length} notes nobody acknowledged (at most ${allowed} was in flight)`);
    for (const note of unacknowledged) {
      const revision = store.notes.get(note.id)?.revision;
      if (revision !== 1) failures.push(`note ${note.id} was never acknowledged yet is at revision ${revision}`);
    }
    if (lastAck === undefined && notes.length > allowed) failures.push('notes exist though no write was acknowledged');
    return failures;
  },

  outcome({ transcript }) {
    return transcript.intents.length > transcript.acks.length ? 'killed with a write in flight' : 'killed between writes';
  },
};
