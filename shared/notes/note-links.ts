import { NOTE_NODES, type NoteDocument, walkNote } from './note-document';

export interface NoteLinks {
  /** Homework the note mentions, in order of first mention, each once. */
  homeworkIds: string[];
  /** Library prompts whose blocks the note holds. */
  promptIds: string[];
}

/** The link rows a note's JSON implies; written in the same transaction as the note itself. */
export function extractNoteLinks(doc: NoteDocument): NoteLinks {
  const homework = new Set<string>();
  const prompts = new Set<string>();
  for (const node of walkNote(doc)) {
    if (node.type === NOTE_NODES.homeworkLink && typeof node.attrs?.id === 'string') homework.add(node.attrs.id);
    if (node.type === NOTE_NODES.promptBlock && typeof node.attrs?.promptId === 'string') prompts.add(node.attrs.promptId);
  }
  return { homeworkIds: [...homework], promptIds: [...prompts] };
}
