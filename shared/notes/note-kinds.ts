/** The kinds of note a therapist writes; several a day are allowed (a dosing visit spans hours). */
export const NOTE_KINDS = ['session', 'integration', 'evaluation', 'general'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  session: 'Session note',
  integration: 'Integration note',
  evaluation: 'Evaluation note',
  general: 'General note',
};

/** How a note is named where it is listed or printed: its title, or its kind when it has none. */
export function noteTitleOrKind(note: { title: string; kind: NoteKind }): string {
  return note.title || NOTE_KIND_LABELS[note.kind];
}

export const NOTE_STATUSES = ['draft', 'signed'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];
