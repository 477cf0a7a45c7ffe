import type { Note } from '../contract/notes';
import { extractNoteText, type HomeworkTitleOf } from './note-text';

/**
 * What search finds a note by besides its title: its words with each homework link read by the
 * title the note shows (as signed, or as the homework is titled now for a draft or a note signed
 * before titles were kept), then its addenda.
 */
export function noteSearchBody(note: Pick<Note, 'doc' | 'signedHomework' | 'addenda'>, currentTitleOf: HomeworkTitleOf): string {
  const signed = new Map(note.signedHomework.map((link) => [link.id, link.title]));
  const text = extractNoteText(note.doc, (id) => signed.get(id) ?? currentTitleOf(id));
  return [text, ...note.addenda.map((addendum) => addendum.text)].join('\n');
}
