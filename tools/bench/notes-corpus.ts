import type { RecordStore } from '../../db/record-store';
import type { NoteKind } from '../../shared/notes/note-kinds';
import { createPrng, type Prng } from '../seed/prng';
import { syntheticNoteDocument } from '../seed/synthetic-note-document';
import { HandlerWriter } from '../seed/write-notes';

export interface NoteCorpusOptions {
  /** The clients the notes are spread over, each note to one at random. */
  clientIds: readonly string[];
  notes: number;
  homeworkPerClient: number;
  seed: number;
}

export interface NoteCorpus {
  notes: number;
  homework: number;
  words: number;
  /** homework id lists by client, for notes that link them. */
  homeworkByClient: Map<string, string[]>;
}

const KINDS: readonly Exclude<NoteKind, 'session'>[] = ['integration', 'integration', 'general', 'evaluation'];
const NOTES_PER_TRANSACTION = 2000;
/** Note lengths are log-normal around a median of 150 words (a short progress note), 20 to 1,500. */
const MEDIAN_WORDS = 150;
const SPREAD = 0.6;
const MINUTE = 60_000;

function noteWords(prng: Prng): number {
  // Box-Muller: a standard normal from two uniforms.
  const normal = Math.sqrt(-2 * Math.log(1 - prng.next())) * Math.cos(2 * Math.PI * prng.next());
  return Math.min(1500, Math.max(20, Math.round(MEDIAN_WORDS * Math.exp(SPREAD * normal))));
}

/**
 * Fills an open store with synthetic notes and homework through the app's handlers (see
 * HandlerWriter), a few thousand per transaction. A third of the notes link one of their
 * client's homework, one in ten holds a library prompt. Time stamps step a minute per note,
 * ending now.
 */
export function writeNoteCorpus(store: RecordStore, options: NoteCorpusOptions): NoteCorpus {
  const prng = createPrng(options.seed);
  let time = Date.now() - (options.notes + options.clientIds.length * options.homeworkPerClient) * MINUTE;
  const writer = new HandlerWriter(store, () => (time += MINUTE));
  const prompts = store.prompts.list().map((prompt) => ({ id: prompt.id, question: prompt.text }));
  const homeworkByClient = new Map<string, string[]>();
  store.transaction(() => {
    for (const clientId of options.clientIds) {
      homeworkByClient.set(
        clientId,
        Array.from({ length: options.homeworkPerClient }, (_, index) => writer.createHomework(clientId, `Practice ${index + 1}`)),
      );
    }
  });
  let words = 0;
  for (let first = 0; first < options.notes; first += NOTES_PER_TRANSACTION) {
    store.transaction(() => {
      for (let index = first; index < Math.min(options.notes, first + NOTES_PER_TRANSACTION); index++) {
        const clientId = prng.pick(options.clientIds);
        const homework = homeworkByClient.get(clientId)!;
        const doc = syntheticNoteDocument(prng, {
          words: noteWords(prng),
          ...(homework.length > 0 && prng.chance(1 / 3) ? { homeworkIds: [prng.pick(homework)] } : {}),
          ...(prompts.length > 0 && prng.chance(0.1) ? { prompt: prng.pick(prompts) } : {}),
        });
        words += writer.writeNote({ clientId, kind: prng.pick(KINDS), title: `Note ${index + 1}`, doc }).words;
      }
    });
  }
  return { notes: options.notes, homework: options.clientIds.length * options.homeworkPerClient, words, homeworkByClient };
}
