/**
 * Letters the index's tokenizer (unicode61, remove_diacritics 2) keeps as they are, written the
 * way a keyboard without them spells them: ß as ss, œ as oe. Both what is indexed and what is
 * typed go through this one function, so "strasse" finds "Straße" and "oeuvre" finds "Œuvre".
 */
const SPELLED_OUT: Record<string, string> = { ß: 'ss', ẞ: 'SS', œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D' };
const SPELLED_OUT_LETTERS = new RegExp(`[${Object.keys(SPELLED_OUT).join('')}]`, 'gu');

export function foldForSearch(text: string): string {
  return text.replace(SPELLED_OUT_LETTERS, (letter) => SPELLED_OUT[letter] ?? letter);
}

/** Longest query sent to FTS5, in words: more only slows the search and narrows it to nothing. */
const MAX_TERMS = 12;

/**
 * What the therapist typed, as an FTS5 MATCH expression that cannot be a syntax error or an
 * operator: each word becomes a quoted phrase (all must match), the last one a prefix, so
 * results appear while typing. Null when there is nothing to search for.
 */
export function toFtsQuery(typed: string): string | null {
  const words = foldForSearch(typed.normalize('NFKC'))
    .split(/[^\p{L}\p{M}\p{N}\p{Co}]+/u)
    .filter(Boolean)
    .slice(0, MAX_TERMS);
  if (words.length === 0) return null;
  return words.map((word, index) => `"${word.replace(/"/g, '""')}"${index === words.length - 1 ? '*' : ''}`).join(' ');
}

/**
 * A toFtsQuery() expression with its last word whole instead of a prefix. It matches a subset of
 * what the prefix matches, and FTS5 reads it lazily, whereas a prefix first merges the lists of
 * every word it begins: counting this first tells cheaply when a common word has too many matches.
 */
export function withLastWordWhole(match: string): string {
  return match.endsWith('*') ? match.slice(0, -1) : match;
}

/** Marks FTS5's snippet() puts around a hit: control characters that never occur in stored text. */
export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** A snippet as parts to render: the renderer marks hits itself and never sees markup. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf(SNIPPET_OPEN);
    if (open === -1) {
      parts.push({ text: rest, hit: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), hit: false });
    const close = rest.indexOf(SNIPPET_CLOSE, open + 1);
    const end = close === -1 ? rest.length : close;
    const hit = rest.slice(open + 1, end);
    if (hit) parts.push({ text: hit, hit: true });
    rest = close === -1 ? '' : rest.slice(close + 1);
  }
  return parts;
}

/** Control characters are dropped from indexed text, so the snippet marks stay unambiguous; letters are folded as typed queries are. */
export function cleanIndexedText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes.
  return foldForSearch(text.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' '));
}
