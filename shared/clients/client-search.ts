/**
 * The form of a name used for "find by typing part of a name": lower case, accents removed,
 * so "jose" finds "José" and "ANN" finds "Ann-Marie". Stored beside the name, never shown.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
