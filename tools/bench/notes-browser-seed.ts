import type { AppCore } from '../../electron/app-core';
import type { NoteKind } from '../../shared/notes/note-kinds';
import { createCoreClient } from '../../electron/core-client';
import { createPrng } from '../seed/prng';
import { syntheticNoteDocument } from '../seed/synthetic-note-document';

export interface LongNote {
  title: string;
  words: number;
}

export interface SeededNotes {
  clientName: string;
  /** The first words of each long note's text, to see it rendered. */
  openingWords: Map<string, string>;
}

const KINDS: readonly Exclude<NoteKind, 'session'>[] = ['integration', 'general', 'evaluation'];
const SHORT_NOTE_WORDS = { min: 40, max: 250 };

/**
 * Unlocks the vault in main (the renderer then opens straight on the client list) and gives the
 * first client `shortNotes` short notes and then the long ones (newest, so at the top of the
 * list), each through dispatch() as the editor writes it: notes.create, then notes.save with
 * the content. Long notes link two of the client's homework and hold a library prompt.
 */
export async function seedClientNotes(core: AppCore, passphrase: string, shortNotes: number, longNotes: readonly LongNote[]): Promise<SeededNotes> {
  const { call } = createCoreClient(core);
  await call('vault.unlock', { passphrase });
  const [client] = (await call('clients.list', {})).clients;
  if (!client) throw new Error('The seeded vault has no client');
  const homeworkIds: string[] = [];
  for (const title of ['Thought record after dosing', 'Morning walk schedule']) {
    homeworkIds.push((await call('homework.create', { clientId: client.id, title, fields: { type: 'custom', instructions: `${title}, daily.` } })).id);
  }
  const [prompt] = (await call('prompts.list', {})).prompts;
  const prng = createPrng(21);
  const write = async (kind: Exclude<NoteKind, 'session'>, title: string | undefined, doc: ReturnType<typeof syntheticNoteDocument>) => {
    const note = await call('notes.create', { clientId: client.id, kind, ...(title ? { title } : {}) });
    await call('notes.save', { id: note.id, baseRevision: note.revision, content: JSON.stringify(doc), title: note.title, isPrivate: false });
  };
  for (let index = 0; index < shortNotes; index++) {
    await write(prng.pick(KINDS), undefined, syntheticNoteDocument(prng, { words: prng.int(SHORT_NOTE_WORDS.min, SHORT_NOTE_WORDS.max) }));
  }
  const openingWords = new Map<string, string>();
  for (const long of longNotes) {
    const doc = syntheticNoteDocument(prng, { words: long.words, homeworkIds, ...(prompt ? { prompt: { id: prompt.id, question: prompt.text } } : {}) });
    const firstParagraph = doc.content.find((node) => node.type === 'paragraph')!;
    openingWords.set(long.title, firstParagraph.content![0]!.text!.split(' ').slice(0, 6).join(' '));
    await write('integration', long.title, doc);
  }
  return { clientName: client.displayName, openingWords };
}
