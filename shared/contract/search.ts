import { z } from 'zod';
import { HOMEWORK_TYPES } from '../homework/homework-types';
import { NOTE_KINDS } from '../notes/note-kinds';
import { epochMillisSchema, FIELD_LIMITS, idSchema } from './fields';

/** What a search can be narrowed to: a kind of note, homework, or session timelines. */
export const SEARCH_KINDS = [...NOTE_KINDS, 'homework', 'timeline'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** What a result is. A session is found by its intention and its timeline's words. */
export const SEARCH_TARGETS = ['note', 'homework', 'session'] as const;
/** The kind a session's search entry carries. */
export const SESSION_SEARCH_KIND = 'timeline';

/** Results per page ("Show more" asks for the next page's worth on top) and the most one answer holds. */
export const SEARCH_LIMIT = { default: 20, max: 200 } as const;

/**
 * The most matches a search across every client ranks by relevance. bm25 reads every match (and
 * every document holding each word, for its weight), so a word in most notes took a quarter of a
 * second; past this many matches the newest come first instead, and the answer says so. Our
 * choice, measured (docs/decisions/0057-search-at-scale.md): ranking this many stays within a few ms.
 */
export const SEARCH_RANKING_CAP = 1000;

/**
 * How the results are ordered: best match first (bm25), or most recently changed first, which a
 * search within one client always is and a search across clients is past SEARCH_RANKING_CAP matches.
 */
export const SEARCH_ORDERS = ['relevance', 'newest-first'] as const;
export type SearchOrder = (typeof SEARCH_ORDERS)[number];

export const searchResultSchema = z.strictObject({
  target: z.enum(SEARCH_TARGETS),
  id: idSchema,
  clientId: idSchema,
  clientName: z.string(),
  /** The note's kind, the homework's type, or 'timeline' for a session. */
  kind: z.union([z.enum(NOTE_KINDS), z.enum(HOMEWORK_TYPES), z.literal(SESSION_SEARCH_KIND)]),
  title: z.string(),
  isPrivate: z.boolean(),
  /** Words around the hits; the renderer marks the hits itself. */
  snippet: z.array(z.strictObject({ text: z.string(), hit: z.boolean() })),
  updatedAt: epochMillisSchema,
});
export type SearchResult = z.infer<typeof searchResultSchema>;

/** One answer to a search: a page of results, their order, and how many records match. */
const searchAnswerSchema = z.strictObject({
  results: z.array(searchResultSchema),
  order: z.enum(SEARCH_ORDERS),
  /** How many records match: exactly `count`, or more than `count` when `moreThan` (the search stopped counting there). */
  matched: z.strictObject({ count: z.number().int().min(0), moreThan: z.boolean() }),
});
export type SearchAnswer = z.infer<typeof searchAnswerSchema>;

export const searchMethods = {
  /**
   * Full-text search over notes, homework and session timelines; private notes only when asked for.
   * Best match first, or newest first within one client and past SEARCH_RANKING_CAP matches (`order` says which).
   */
  'search.query': {
    input: z.strictObject({
      query: z.string().max(FIELD_LIMITS.search),
      clientId: idSchema.optional(),
      kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).optional(),
      /** Private psychotherapy notes are searched only when this is true: a visible choice, off by default. */
      includePrivate: z.boolean().optional(),
      limit: z.number().int().min(1).max(SEARCH_LIMIT.max).optional(),
    }),
    output: searchAnswerSchema,
    whileLocked: false,
  },
} as const;
