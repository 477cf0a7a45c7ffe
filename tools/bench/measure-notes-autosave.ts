import { dirname } from 'node:path';
import { createAppCore } from '../../electron/app-core';
import { silentLogger } from '../../electron/logger';
import { methods } from '../../shared/contract/index';
import { extractNoteLinks } from '../../shared/notes/note-links';
import { extractNoteText } from '../../shared/notes/note-text';
import { createCoreClient } from '../../electron/core-client';
import { createPrng } from '../seed/prng';
import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { timeDataSyncs } from './disk-sync-probe';
import { autosaveBesidePlainTwin, type TwinAutosave } from './notes-autosave-twins';
import { AUTOSAVE_TITLE, autosaveDocument, changeWords, WORDS_CHANGED } from './notes-autosave-workload';
import { writeNoteCorpus } from './notes-corpus';
import { COMPARED_CIPHER, COMPARED_PRAGMAS, encryptionRatio } from './plain-comparison';
import { withSeededVault } from './seeded-vault';
import { withVaultStore } from './vault-store';

const CLIENTS = 50;
const OTHER_NOTES = 2000;
const HOMEWORK_PER_CLIENT = 3;
const SAVES = 300;
const WARM_UP_SAVES = 20;
const CATCH_UP_ROUNDS = 50;
const CATCH_UP_QUERY = 'sleep';
/** The plain-twin comparison alternates encrypted and plain in this many blocks of saves: small blocks, so load that comes and goes falls on both. */
const TWIN_BLOCKS = 60;

/**
 * notes.save through the real dispatch() on the encrypted file (synchronous=FULL): the contract's
 * parse of the JSON and the document schema, the note row, its revision checkpoint, its link
 * rows (3 homework, 1 prompt, each checked) and its search entry marked stale, in one transaction.
 * Then the price of that mark: a search after a save, which first writes the note's full-text
 * entry (decision 0061). The vault already holds 2,000 other notes, so the FTS index has real
 * posting lists to update.
 * Then the same saves side by side on an encrypted store and its plain twin, and one fdatasync
 * of as many bytes as a save writes to the WAL: the price of encryption, and the disk's floor.
 */
export const notesAutosaveMeasurement: Measurement = {
  name: 'notes-autosave',
  run: () =>
    withSeededVault(CLIENTS, async ({ vaultDir, passphrase }): Promise<MetricResult[]> => {
      const seedingStarted = performance.now();
      const corpus = await withVaultStore(vaultDir, passphrase, (store) =>
        writeNoteCorpus(store, {
          clientIds: store.clients.list().map((client) => client.id),
          notes: OTHER_NOTES,
          homeworkPerClient: HOMEWORK_PER_CLIENT,
          seed: 11,
        }),
      );
      const seedingMs = performance.now() - seedingStarted;

      const core = createAppCore({ vaultDir, logger: silentLogger });
      const { call } = createCoreClient(core);
      try {
        await call('vault.unlock', { passphrase });
        const [client] = (await call('clients.list', {})).clients;
        const homeworkIds = corpus.homeworkByClient.get(client!.id)!;
        const [prompt] = (await call('prompts.list', {})).prompts;
        const prng = createPrng(5);
        let doc = autosaveDocument(prng, homeworkIds, prompt!);
        const title = AUTOSAVE_TITLE;
        const note = await call('notes.create', { clientId: client!.id, kind: 'integration', title });
        let revision = note.revision;
        const firstJson = JSON.stringify(doc);

        const samples: number[] = [];
        for (let save = 0; save < WARM_UP_SAVES + SAVES; save++) {
          doc = changeWords(doc, prng, save);
          // The renderer sends the document as text; stringifying is the renderer's work, not the save's.
          const content = JSON.stringify(doc);
          const started = performance.now();
          const saved = await call('notes.save', { id: note.id, baseRevision: revision, content, title, isPrivate: false });
          const elapsed = performance.now() - started;
          revision = saved.revision;
          if (save >= WARM_UP_SAVES) samples.push(elapsed);
        }
        // The search entry a save leaves stale is written by the next search: one save, then a search, timed.
        const catchUps: number[] = [];
        for (let round = 0; round < CATCH_UP_ROUNDS; round++) {
          doc = changeWords(doc, prng, WARM_UP_SAVES + SAVES + round);
          revision = (await call('notes.save', { id: note.id, baseRevision: revision, content: JSON.stringify(doc), title, isPrivate: false })).revision;
          const started = performance.now();
          await call('search.query', { query: CATCH_UP_QUERY, clientId: client!.id });
          catchUps.push(performance.now() - started);
        }
        const lastSave = { id: note.id, baseRevision: revision, content: JSON.stringify(doc), title, isPrivate: false };
        const parses = Array.from({ length: 100 }, () => {
          const started = performance.now();
          methods['notes.save'].input.parse(lastSave);
          return performance.now() - started;
        });
        // The vault folder's parent is the run's temp folder: the same disk as the WAL.
        const twins = autosaveBesidePlainTwin(dirname(vaultDir), {
          clients: CLIENTS,
          otherNotes: OTHER_NOTES,
          homeworkPerClient: HOMEWORK_PER_CLIENT,
          saves: SAVES,
          warmUpSaves: WARM_UP_SAVES,
          blocks: TWIN_BLOCKS,
        });
        const syncs = timeDataSyncs(dirname(vaultDir), Math.round(twins.walBytesPerSave), 100);
        const links = extractNoteLinks(doc);
        const text = extractNoteText(doc);
        return [
          timingResult(
            'autosave a 10 KB note (notes.save: links, search entry marked stale, encrypted, fsync)',
            'ms',
            samples,
            { judged: ['p95'], max: 2 },
            {
              saves: SAVES,
              warmUpSavesDiscarded: WARM_UP_SAVES,
              wordsChangedPerSave: WORDS_CHANGED,
              noteTextChars: text.length,
              noteTextBytes: Buffer.byteLength(text),
              jsonBytes: Buffer.byteLength(firstJson),
              words: text.split(/\s+/).length,
              homeworkLinks: links.homeworkIds.length,
              promptLinks: links.promptIds.length,
              otherNotes: corpus.notes,
              otherNotesWords: corpus.words,
              homework: corpus.homework,
              clients: CLIENTS,
              seedingOtherNotesMs: Math.round(seedingMs),
              revisionAtEnd: revision,
            },
          ),
          timingResult('  of which: the contract parse of the content (JSON + notes schema)', 'ms', parses, null),
          timingResult("  the next search after a save (search.query within the client; first writes the note's stale entry)", 'ms', catchUps, null, {
            rounds: CATCH_UP_ROUNDS,
            query: CATCH_UP_QUERY,
          }),
          ...twinRows(twins),
          timingResult(
            `  physical floor: one append + fdatasync of what a save writes to the WAL (${twins.walFramesPerSave} pages, ${Math.round(twins.walBytesPerSave / 1024)} KB)`,
            'ms',
            syncs,
            null,
            { bytes: Math.round(twins.walBytesPerSave), walFramesPerSave: twins.walFramesPerSave, pageSize: twins.pageSize },
          ),
        ];
      } finally {
        await core.close();
      }
    }),
};

/** The side-by-side rows: encrypted / plain (judged like point reads), then each side's own times. */
function twinRows(twins: TwinAutosave): MetricResult[] {
  const ratio = encryptionRatio(twins.samples);
  return [
    {
      metric: 'autosave, encrypted / plain (the same saves, driver, schema and pragmas)',
      unit: 'x',
      p50: ratio.p50,
      p95: ratio.p95,
      samples: ratio.encrypted.n,
      target: { judged: ['p50', 'p95'], max: 1.25 },
      details: {
        saves: SAVES,
        warmUpSavesDiscarded: WARM_UP_SAVES,
        blocks: TWIN_BLOCKS,
        path: "the contract's parse, then the notes.save handler in its transaction (dispatch() without its logging), on a RecordStore per file",
        pragmas: COMPARED_PRAGMAS,
        cipher: COMPARED_CIPHER,
        encryptedMs: ratio.encrypted,
        plainMs: ratio.plain,
      },
    },
    timingResult('  encrypted store', 'ms', twins.samples.encrypted, null),
    timingResult('  plain store', 'ms', twins.samples.plain, null),
  ];
}
