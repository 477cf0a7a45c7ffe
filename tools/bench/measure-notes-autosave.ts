import { dirname } from 'node:path';
import { createAppCore } from '../../electron/app-core';
import { silentLogger } from '../../electron/logger';
import { methods } from '../../shared/contract/index';
import { NOTE_NODES, type NoteDocument, type NoteNode } from '../../shared/notes/note-document';
import { extractNoteLinks } from '../../shared/notes/note-links';
import { extractNoteText } from '../../shared/notes/note-text';
import { createCoreClient } from '../../electron/core-client';
import { createPrng, type Prng } from '../seed/prng';
import { syntheticNoteDocument } from '../seed/synthetic-note-document';
import { syntheticSentence } from '../seed/synthetic-note-text';
import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { timeDataSyncs } from './disk-sync-probe';
import { writeNoteCorpus } from './notes-corpus';
import { withSeededVault } from './seeded-vault';
import { withVaultStore } from './vault-store';

const CLIENTS = 50;
const OTHER_NOTES = 2000;
const HOMEWORK_PER_CLIENT = 3;
const NOTE_CHARS = 10_000;
const SAVES = 300;
const WARM_UP_SAVES = 20;
const WORDS_CHANGED = 3;

/**
 * notes.save through the real dispatch() on the encrypted file (synchronous=FULL): the contract's
 * parse of the JSON and the document schema, the note row, its revision checkpoint, its link
 * rows (3 homework, 1 prompt, each checked) and its full-text entry, in one transaction. The
 * vault already holds 2,000 other notes, so the FTS index has real posting lists to update.
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
        let doc = syntheticNoteDocument(prng, { chars: NOTE_CHARS, homeworkIds, prompt: { id: prompt!.id, question: prompt!.text } });
        const title = 'Integration after the third session';
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
        const lastSave = { id: note.id, baseRevision: revision, content: JSON.stringify(doc), title, isPrivate: false };
        const parses = Array.from({ length: 100 }, () => {
          const started = performance.now();
          methods['notes.save'].input.parse(lastSave);
          return performance.now() - started;
        });
        // The vault folder's parent is the run's temp folder: the same disk as the WAL.
        const syncs = timeDataSyncs(dirname(vaultDir), 16 * 1024, 100);
        const links = extractNoteLinks(doc);
        const text = extractNoteText(doc);
        return [
          timingResult(
            'autosave a 10 KB note (notes.save: links + FTS, encrypted, fsync)',
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
          timingResult('  for context: one 16 KB append + fdatasync on this disk', 'ms', syncs, null),
        ];
      } finally {
        core.close();
      }
    }),
};

/** Typing between two autosaves: a few words of one paragraph replaced, a different paragraph each time. */
function changeWords(doc: NoteDocument, prng: Prng, save: number): NoteDocument {
  const prose = doc.content.flatMap((node, index) => (node.type === NOTE_NODES.paragraph && node.content?.length === 1 ? [index] : []));
  const target = prose[save % prose.length]!;
  const content = doc.content.map((node, index): NoteNode => {
    if (index !== target) return node;
    const words = node.content![0]!.text!.split(' ');
    const at = (save * 7) % Math.max(1, words.length - WORDS_CHANGED);
    words.splice(
      at,
      WORDS_CHANGED,
      ...syntheticSentence(prng)
        .toLowerCase()
        .replace(/[.,;:]/g, '')
        .split(' ')
        .slice(0, WORDS_CHANGED),
    );
    return { ...node, content: [{ type: NOTE_NODES.text, text: words.join(' ') }] };
  });
  return { ...doc, content };
}
