import type Database from 'better-sqlite3-multiple-ciphers';
import { SEARCH_RANKING_CAP, type SearchAnswer, type SearchKind, type SearchResult } from '../shared/contract/search';
import { cleanIndexedText, SNIPPET_CLOSE, SNIPPET_OPEN, splitSnippet, withLastWordWhole } from '../shared/search/search-query';

export interface SearchDocument {
  target: SearchResult['target'];
  targetId: string;
  clientId: string;
  kind: string;
  isPrivate: boolean;
  title: string;
  body: string;
  updatedAt: number;
}

/** The records whose entries can fall behind: the ones written while typing or logging. */
export const STALE_SEARCH_TARGETS = ['note', 'session'] as const satisfies readonly SearchResult['target'][];
export type StaleTarget = (typeof STALE_SEARCH_TARGETS)[number];

export interface StaleEntry {
  target: StaleTarget;
  targetId: string;
  changedAt: number;
}

interface ResultRow {
  target: SearchResult['target'];
  target_id: string;
  client_id: string;
  client_name: string;
  kind: SearchResult['kind'];
  is_private: number;
  title: string;
  title_snippet: string;
  body_snippet: string;
  updated_at: number;
}

/**
 * How long a document keeps its place in "newest first" while it keeps changing: moving it is a
 * delete and an insert of its whole row, which autosave would otherwise pay every few seconds.
 * Newest first is exact to within this time (decision 0058).
 */
export const SEARCH_PLACE_KEPT_MS = 60_000;

export interface SearchOptions {
  /** An FTS5 expression from toFtsQuery(): never raw input. */
  match: string;
  clientId?: string;
  kinds?: readonly SearchKind[];
  /** Private psychotherapy notes are left out unless asked for. */
  includePrivate: boolean;
  limit: number;
}

/** Words either side of a hit in a snippet. */
const SNIPPET_TOKENS = 16;

/**
 * Filter tokens, one word each for the tokenizer: the client (its id in hex, so any id is one
 * token), the target and the kind. Note kinds and homework types never share a name. The leading
 * '_' is a token character for the index but never part of a typed query (toFtsQuery keeps letters
 * and digits only), so no search, not even a one-letter prefix, can match a filter token.
 */
const scopeToken = {
  client: (clientId: string) => `_c${Buffer.from(clientId, 'utf8').toString('hex')}`,
  target: (target: SearchResult['target']) => `_t${target}`,
  kind: (kind: string) => `_k${kind.replace(/[^A-Za-z0-9]/g, '')}`,
  private: '_private',
};

/** Homework and sessions are filtered as targets; notes by their kind. */
function kindToken(kind: SearchKind): string {
  if (kind === 'homework') return scopeToken.target('homework');
  if (kind === 'timeline') return scopeToken.target('session');
  return scopeToken.kind(kind);
}

function scopeOf(document: SearchDocument): string {
  const tokens = [scopeToken.client(document.clientId), scopeToken.target(document.target), scopeToken.kind(document.kind)];
  if (document.isPrivate) tokens.push(scopeToken.private);
  return tokens.join(' ');
}

/**
 * The typed words and the filters as index terms. No column filter: it would make FTS5 read the
 * position lists of every match; the filter tokens cannot be typed, and bm25 gives scope no weight.
 */
function matchExpression({ match, clientId, kinds, includePrivate }: SearchOptions): string {
  const parts = [`(${match})`];
  if (clientId) parts.push(scopeToken.client(clientId));
  if (kinds?.length) parts.push(`(${kinds.map(kindToken).join(' OR ')})`);
  const wanted = parts.join(' AND ');
  return includePrivate ? wanted : `(${wanted}) NOT ${scopeToken.private}`;
}

/**
 * The full-text index over notes, homework and sessions (FTS5 inside the encrypted database). Rows
 * are written by the same transaction as the record they index, except while a draft is typed or a
 * timeline logged: those mark the record stale, and catchUpSearch writes the entry before the index
 * is read (decision 0061). bm25 ranks, titles weigh double.
 * A document's rowid is renewed when its updated_at changes (at most once a SEARCH_PLACE_KEPT_MS),
 * so the index's own rowid order is "most recently changed first": the newest matches are read
 * straight off the index, with no ranking and no sort. What a search costs, and why it takes the path it takes:
 * docs/decisions/0057-search-at-scale.md.
 */
export class SearchRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    // The result's columns; snippets are made only for the rows returned, from the match the cursor holds.
    const resultColumns = `d.target, d.target_id, d.client_id, clients.display_name AS client_name, d.kind, d.is_private, d.title, d.updated_at,
                snippet(search_index, 0, @open, @close, '…', @tokens) AS title_snippet,
                snippet(search_index, 1, @open, @close, '…', @tokens) AS body_snippet`;
    // CROSS JOIN keeps the index first, in its order: ranked or newest, the rows are read only for the few returned.
    const resultTables = `search_index CROSS JOIN search_documents d ON d.id = search_index.rowid JOIN clients ON clients.id = d.client_id`;
    this.statements = {
      // A document that changed leaves a place it took more than SEARCH_PLACE_KEPT_MS ago, so its new
      // rowid puts it last in the index's order; within that time (autosaves while typing) it keeps it.
      moveChanged: db.prepare(
        `DELETE FROM search_documents WHERE target = @target AND target_id = @targetId
         AND updated_at <> @updatedAt AND @updatedAt - coalesce(placed_at, updated_at) >= ${SEARCH_PLACE_KEPT_MS}`,
      ),
      upsert: db.prepare(
        `INSERT INTO search_documents (target, target_id, client_id, kind, is_private, title, body, scope, updated_at, placed_at)
         VALUES (@target, @targetId, @clientId, @kind, @isPrivate, @title, @body, @scope, @updatedAt, @updatedAt)
         ON CONFLICT (target, target_id) DO UPDATE SET kind = excluded.kind, is_private = excluded.is_private,
           title = excluded.title, body = excluded.body, scope = excluded.scope, updated_at = excluded.updated_at,
           placed_at = coalesce(search_documents.placed_at, search_documents.updated_at)`,
      ),
      remove: db.prepare('DELETE FROM search_documents WHERE target = ? AND target_id = ?'),
      // The mark moves forward only: a late writer with an older time cannot date the entry back.
      markStale: db.prepare(
        `INSERT INTO search_stale (target, target_id, changed_at) VALUES (?, ?, ?)
         ON CONFLICT (target, target_id) DO UPDATE SET changed_at = max(changed_at, excluded.changed_at)`,
      ),
      stale: db.prepare<[], { target: StaleTarget; target_id: string; changed_at: number }>('SELECT target, target_id, changed_at FROM search_stale'),
      caughtUp: db.prepare('DELETE FROM search_stale WHERE target = ? AND target_id = ?'),
      // Counts matches up to a cap: reading rowids off the index, no ranking.
      countUpTo: db
        .prepare<Record<string, unknown>, number>('SELECT count(*) FROM (SELECT rowid FROM search_index WHERE search_index MATCH @match LIMIT @cap)')
        .pluck(),
      // FTS5 ranks every match in its own sorter (ORDER BY rank), keeping each match's positions, so
      // snippet() needs no second MATCH per row (which rebuilt a prefix's doclist each time).
      ranked: db.prepare<Record<string, unknown>, ResultRow>(
        `SELECT ${resultColumns} FROM ${resultTables}
         WHERE search_index MATCH @match AND search_index.rank MATCH 'bm25(2.0, 1.0, 0.0)'
         ORDER BY search_index.rank LIMIT @limit`,
      ),
      newest: db.prepare<Record<string, unknown>, ResultRow>(
        `SELECT ${resultColumns} FROM ${resultTables}
         WHERE search_index MATCH @match
         ORDER BY search_index.rowid DESC LIMIT @limit`,
      ),
    };
  }

  /** Writes a document's entry from what it holds now; any mark that the entry was behind is cleared with it. */
  index(document: SearchDocument): void {
    this.statements.caughtUp.run(document.target, document.targetId);
    this.statements.moveChanged.run({ target: document.target, targetId: document.targetId, updatedAt: document.updatedAt });
    this.statements.upsert.run({
      ...document,
      isPrivate: document.isPrivate ? 1 : 0,
      title: cleanIndexedText(document.title),
      body: cleanIndexedText(document.body),
      scope: scopeOf(document),
    });
  }

  remove(target: SearchResult['target'], targetId: string): void {
    this.statements.caughtUp.run(target, targetId);
    this.statements.remove.run(target, targetId);
  }

  /**
   * Notes that a record's indexed text changed at `changedAt` without writing its entry: a draft's
   * autosave, a timeline entry with words. One small row in the caller's transaction; the entry is
   * written by catchUpSearch (db/search-catch-up.ts) before the index is next read.
   */
  markStale(target: StaleTarget, targetId: string, changedAt: number): void {
    this.statements.markStale.run(target, targetId, changedAt);
  }

  staleEntries(): StaleEntry[] {
    return this.statements.stale.all().map((row) => ({ target: row.target, targetId: row.target_id, changedAt: row.changed_at }));
  }

  /**
   * Within one client: newest first, in one pass (a client's matches are few, but ranking them
   * would weigh each word over the whole index). Across clients: the matches are counted up to
   * SEARCH_RANKING_CAP, then ranked by relevance, or past the cap the newest come first. The count
   * tries the last word whole first: a common word passes the cap without the prefix's merge.
   */
  search(options: SearchOptions): SearchAnswer {
    const match = matchExpression(options);
    const page = (statement: Database.Statement<Record<string, unknown>, ResultRow>) =>
      statement.all({ match, limit: options.limit + 1, open: SNIPPET_OPEN, close: SNIPPET_CLOSE, tokens: SNIPPET_TOKENS }).map(toResult);
    if (options.clientId) {
      const results = page(this.statements.newest);
      const more = results.length > options.limit;
      return { results: results.slice(0, options.limit), order: 'newest-first', matched: { count: more ? options.limit : results.length, moreThan: more } };
    }
    const countUpToCap = (expression: string) => this.statements.countUpTo.get({ match: expression, cap: SEARCH_RANKING_CAP + 1 })!;
    const wholeWords = matchExpression({ ...options, match: withLastWordWhole(options.match) });
    const atLeast = countUpToCap(wholeWords);
    const counted = atLeast > SEARCH_RANKING_CAP || wholeWords === match ? atLeast : countUpToCap(match);
    if (counted > SEARCH_RANKING_CAP) {
      return { results: page(this.statements.newest).slice(0, options.limit), order: 'newest-first', matched: { count: SEARCH_RANKING_CAP, moreThan: true } };
    }
    return { results: page(this.statements.ranked).slice(0, options.limit), order: 'relevance', matched: { count: counted, moreThan: false } };
  }
}

function toResult(row: ResultRow): SearchResult {
  return {
    target: row.target,
    id: row.target_id,
    clientId: row.client_id,
    clientName: row.client_name,
    kind: row.kind,
    isPrivate: row.is_private === 1,
    title: row.title,
    // The words around a hit in the body; the title when only the title matched.
    snippet: splitSnippet(!row.body_snippet.includes(SNIPPET_OPEN) && row.title_snippet.includes(SNIPPET_OPEN) ? row.title_snippet : row.body_snippet),
    updatedAt: row.updated_at,
  };
}
