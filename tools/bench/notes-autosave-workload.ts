import { NOTE_NODES, type NoteDocument, type NoteNode } from '../../shared/notes/note-document';
import type { Prng } from '../seed/prng';
import { syntheticNoteDocument } from '../seed/synthetic-note-document';
import { syntheticSentence } from '../seed/synthetic-note-text';

export const AUTOSAVE_NOTE_CHARS = 10_000;
export const WORDS_CHANGED = 3;
export const AUTOSAVE_TITLE = 'Integration after the third session';

/** The note autosaved: about 10,000 characters with 3 links to the client's homework and a prompt block. */
export function autosaveDocument(prng: Prng, homeworkIds: readonly string[], prompt: { id: string; text: string }): NoteDocument {
  return syntheticNoteDocument(prng, { chars: AUTOSAVE_NOTE_CHARS, homeworkIds, prompt: { id: prompt.id, question: prompt.text } });
}

/** Typing between two autosaves: a few words of one paragraph replaced, a different paragraph each time. */
export function changeWords(doc: NoteDocument, prng: Prng, save: number): NoteDocument {
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
