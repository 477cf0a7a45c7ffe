import type Database from 'better-sqlite3-multiple-ciphers';
import type { SearchKind, SearchResult } from '../shared/contract/search';
import { cleanIndexedText, SNIPPET_CLOSE, SNIPPET_OPEN, splitSnippet } from '../shared/search/search-query';

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

interface ResultRow {
  target: SearchResult['target'];
  target_id: string;
  client_id: string;
  client_name: string;
  kind: SearchResult['kind'];
  is_private: number;
  title: string;
  snippet: string;
  updated_at: number;
}

export interface SearchOptions {
  /** An FTS5 expression from toFtsQuery(): never raw input. */
  match: string;
  clientId?: string;
  kinds?: readonly SearchKind[];
  limit: number;
}

/** Words either side of a hit in a snippet. */
const SNIPPET_TOKENS = 16;

/**
 * The full-text index over notes and homework (FTS5 inside the encrypted database). Rows are
 * written by the same transaction as the record they index; bm25 ranks, titles weigh double.
 */
export class SearchRepository {
  private readonly statements;
  private readonly byShape = new Map<string, Database.Statement<Record<string, unknown>, ResultRow>>();

  constructor(private readonly db: Database.Database) {
    this.statements = {
      upsert: db.prepare(
        `INSERT INTO search_documents (target, target_id, client_id, kind, is_private, title, body, updated_at)
         VALUES (@target, @targetId, @clientId, @kind, @isPrivate, @title, @body, @updatedAt)
         ON CONFLICT (target, target_id) DO UPDATE SET kind = excluded.kind, is_private = excluded.is_private,
           title = excluded.title, body = excluded.body, updated_at = excluded.updated_at`,
      ),
      remove: db.prepare('DELETE FROM search_documents WHERE target = ? AND target_id = ?'),
    };
  }

  index(document: SearchDocument): void {
    this.statements.upsert.run({
      ...document,
      isPrivate: document.isPrivate ? 1 : 0,
      title: cleanIndexedText(document.title),
      body: cleanIndexedText(document.body),
    });
  }

  /** The statement's text depends on which filters are set (a few dozen shapes); each is compiled once. */
  private prepared(sql: string): Database.Statement<Record<string, unknown>, ResultRow> {
    let statement = this.byShape.get(sql);
    if (!statement) {
      statement = this.db.prepare<Record<string, unknown>, ResultRow>(sql);
      this.byShape.set(sql, statement);
    }
    return statement;
  }

  remove(target: SearchResult['target'], targetId: string): void {
    this.statements.remove.run(target, targetId);
  }

  search(options: SearchOptions): SearchResult[] {
    const filters: string[] = [];
    const params: Record<string, unknown> = { match: options.match, limit: options.limit, open: SNIPPET_OPEN, close: SNIPPET_CLOSE, tokens: SNIPPET_TOKENS };
    if (options.clientId) {
      filters.push('d.client_id = @clientId');
      params.clientId = options.clientId;
    }
    if (options.kinds?.length) {
      const noteKinds = options.kinds.filter((kind) => kind !== 'homework');
      const parts: string[] = [];
      if (noteKinds.length) {
        parts.push(`(d.target = 'note' AND d.kind IN (${noteKinds.map((_, i) => `@kind${i}`).join(', ')}))`);
        noteKinds.forEach((kind, i) => (params[`kind${i}`] = kind));
      }
      if (options.kinds.includes('homework')) parts.push("d.target = 'homework'");
      filters.push(`(${parts.join(' OR ')})`);
    }
    const rows = this.prepared(
      `SELECT d.target, d.target_id, d.client_id, clients.display_name AS client_name, d.kind, d.is_private, d.title, d.updated_at,
              snippet(search_index, -1, @open, @close, '…', @tokens) AS snippet
       FROM search_index JOIN search_documents d ON d.id = search_index.rowid JOIN clients ON clients.id = d.client_id
       WHERE search_index MATCH @match ${filters.map((filter) => `AND ${filter}`).join(' ')}
       ORDER BY bm25(search_index, 2.0, 1.0) LIMIT @limit`,
    ).all(params);
    return rows.map((row) => ({
      target: row.target,
      id: row.target_id,
      clientId: row.client_id,
      clientName: row.client_name,
      kind: row.kind,
      isPrivate: row.is_private === 1,
      title: row.title,
      snippet: splitSnippet(row.snippet),
      updatedAt: row.updated_at,
    }));
  }
}
