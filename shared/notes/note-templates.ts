import { emptyNoteDocument, NOTE_NODES, type NoteDocument, type NoteNode } from './note-document';
import type { NoteKind } from './note-kinds';

function section(title: string): NoteNode[] {
  return [{ type: NOTE_NODES.heading, attrs: { level: 2 }, content: [{ type: NOTE_NODES.text, text: title }] }, { type: NOTE_NODES.paragraph }];
}

function template(...titles: string[]): NoteDocument {
  return { type: 'doc', content: titles.flatMap(section) };
}

/** The headings a new note of each kind starts with; the therapist writes under them or deletes them. */
export const NOTE_TEMPLATES: Record<NoteKind, () => NoteDocument> = {
  session: () => template('Intention', 'Experience', 'Observations', 'Themes for integration', 'Plan and homework'),
  integration: () => template('Since the last session', 'What surprised', 'What was difficult', 'What to carry forward', 'Homework'),
  evaluation: () => template('Presenting concerns', 'Medication history', 'Contraindications reviewed', 'Candidacy', 'Plan'),
  general: emptyNoteDocument,
};
