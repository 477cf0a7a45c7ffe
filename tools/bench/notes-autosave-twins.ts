import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { RecordStore } from '../../db/record-store';
import type { NoteDocument } from '../../shared/notes/note-document';
import { createPrng, type Prng } from '../seed/prng';
import { HandlerWriter } from '../seed/write-notes';
import { AUTOSAVE_TITLE, autosaveDocument, changeWords } from './notes-autosave-workload';
import { writeNoteCorpus } from './notes-corpus';
import { summarize } from './percentiles';
import { assertPlainAndEncrypted } from './plain-comparison';

type Twin = 'encrypted' | 'plain';

interface Side {
  twin: Twin;
  store: RecordStore;
  writer: HandlerWriter;
  noteId: string;
  revision: number;
  doc: NoteDocument;
  prng: Prng;
  saves: number;
}

export interface TwinAutosaveOptions {
  clients: number;
  otherNotes: number;
  homeworkPerClient: number;
  saves: number;
  warmUpSaves: number;
  blocks: number;
}

export interface TwinAutosave {
  samples: Record<Twin, number[]>;
  /** What one save adds to the encrypted file's WAL (median over probe saves): frames of one page plus a 24-byte header. */
  walFramesPerSave: number;
  walBytesPerSave: number;
  pageSize: number;
}

const PROBE_SAVES = 21;
const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;

/**
 * The autosave workload on two stores in `dir`: one encrypted as the app keys it, one plain (same
 * driver, schema, pragmas), each seeded alike (the same clients, 2,000 other notes, homework) and
 * saving the same document with the same changes. Each save is notes.save as dispatch() runs it
 * (the contract's parse, then the handler and its transaction), timed in alternating blocks so
 * drift and other processes fall on both alike. Before timing, a few saves on the encrypted store
 * each start from an empty WAL, which then holds exactly what that save wrote.
 */
export function autosaveBesidePlainTwin(dir: string, options: TwinAutosaveOptions): TwinAutosave {
  const encryptedPath = join(dir, 'encrypted.db');
  const plainPath = join(dir, 'plain.db');
  const key = randomBytes(32);
  const stores: Partial<Record<Twin, RecordStore>> = {};
  try {
    stores.encrypted = RecordStore.open(encryptedPath, key, { create: true });
    stores.plain = RecordStore.openPlainForComparison(plainPath);
    assertPlainAndEncrypted(encryptedPath, plainPath);
    const sides = [seed('encrypted', stores.encrypted, options), seed('plain', stores.plain, options)];

    const encrypted = sides[0]!;
    const frames = Array.from({ length: PROBE_SAVES }, () => {
      encrypted.store.db.pragma('wal_checkpoint(TRUNCATE)');
      save(encrypted);
      return (statSync(`${encryptedPath}-wal`).size - WAL_HEADER_BYTES) / (pageSize(encrypted.store) + WAL_FRAME_HEADER_BYTES);
    });
    const walFramesPerSave = summarize(frames).p50;

    for (const side of sides) for (let index = 0; index < options.warmUpSaves; index++) save(side);
    const samples: Record<Twin, number[]> = { encrypted: [], plain: [] };
    const perBlock = Math.ceil(options.saves / options.blocks);
    for (let block = 0; block < options.blocks; block++) {
      for (const side of block % 2 === 0 ? sides : [...sides].reverse()) {
        for (let index = 0; index < perBlock; index++) samples[side.twin].push(save(side));
      }
    }
    const size = pageSize(encrypted.store);
    return { samples, walFramesPerSave, walBytesPerSave: walFramesPerSave * (size + WAL_FRAME_HEADER_BYTES), pageSize: size };
  } finally {
    key.fill(0);
    for (const store of Object.values(stores)) store.close();
  }
}

function pageSize(store: RecordStore): number {
  return store.db.pragma('page_size', { simple: true }) as number;
}

function seed(twin: Twin, store: RecordStore, options: TwinAutosaveOptions): Side {
  const setup = new HandlerWriter(store, Date.now);
  const clientIds = store.transaction(() =>
    Array.from({ length: options.clients }, (_, index) => setup.call('clients.create', { displayName: `Twin Client ${index + 1}` }).id),
  );
  const corpus = writeNoteCorpus(store, { clientIds, notes: options.otherNotes, homeworkPerClient: options.homeworkPerClient, seed: 11 });
  const [prompt] = store.prompts.list();
  const prng = createPrng(5);
  const doc = autosaveDocument(prng, corpus.homeworkByClient.get(clientIds[0]!)!, prompt!);
  const note = setup.call('notes.create', { clientId: clientIds[0]!, kind: 'integration', title: AUTOSAVE_TITLE });
  // Both files start the timed saves from their main file, with an empty WAL.
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  return { twin, store, writer: new HandlerWriter(store, Date.now), noteId: note.id, revision: note.revision, doc, prng, saves: 0 };
}

/** One autosave on one side; answers its time in ms. */
function save(side: Side): number {
  side.doc = changeWords(side.doc, side.prng, side.saves++);
  const content = JSON.stringify(side.doc);
  const started = performance.now();
  const saved = side.writer.call('notes.save', { id: side.noteId, baseRevision: side.revision, content, title: AUTOSAVE_TITLE, isPrivate: false });
  const elapsed = performance.now() - started;
  side.revision = saved.revision;
  return elapsed;
}
