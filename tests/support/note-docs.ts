import type { NoteDocument, NoteNode } from '../../shared/notes/note-document';

/** Builders for the editor's JSON, as the note editor writes it. */
export const text = (value: string): NoteNode => ({ type: 'text', text: value });
export const paragraph = (...content: (NoteNode | string)[]): NoteNode =>
  content.length ? { type: 'paragraph', content: content.map((part) => (typeof part === 'string' ? text(part) : part)) } : { type: 'paragraph' };
export const heading = (value: string): NoteNode => ({ type: 'heading', attrs: { level: 2 }, content: [text(value)] });
export const homeworkLink = (id: string): NoteNode => ({ type: 'homeworkLink', attrs: { id } });
export const promptBlock = (promptId: string | null, question: string, ...content: NoteNode[]): NoteNode => ({
  type: 'promptBlock',
  attrs: { promptId, question },
  content: content.length ? content : [paragraph()],
});
export const noteDoc = (...content: NoteNode[]): NoteDocument => ({ type: 'doc', content });
/** notes.save takes the document as a JSON string. */
export const noteJson = (...content: NoteNode[]): string => JSON.stringify(noteDoc(...content));
