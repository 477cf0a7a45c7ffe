const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "1 Dec 2026, 14:05": when a note was written, signed or corrected. */
export function formatDateTime(epochMs: number): string {
  return dateTime.format(epochMs);
}

/** A note without a title is named by its kind and date. */
export function noteDisplayTitle(note: { title: string; kindLabel: string; createdAt: number }, formatDate: (epochMs: number) => string): string {
  return note.title.trim() || `${note.kindLabel}, ${formatDate(note.createdAt)}`;
}
