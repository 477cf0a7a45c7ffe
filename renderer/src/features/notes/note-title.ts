/** A note without a title is named by its kind and date. */
export function noteDisplayTitle(note: { title: string; kindLabel: string; createdAt: number }, formatDate: (epochMs: number) => string): string {
  return note.title.trim() || `${note.kindLabel}, ${formatDate(note.createdAt)}`;
}
