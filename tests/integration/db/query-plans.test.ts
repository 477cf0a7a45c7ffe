import type Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { ClientsRepository } from '../../../db/clients-repository';
import { HomeworkRepository } from '../../../db/homework-repository';
import { AuditLogRepository } from '../../../db/audit-log-repository';
import { MeasuresRepository } from '../../../db/measures-repository';
import { NotesRepository } from '../../../db/notes-repository';
import { PromptsRepository } from '../../../db/prompts-repository';
import { SearchRepository } from '../../../db/search-repository';
import { SessionsRepository } from '../../../db/sessions-repository';
import { openMigratedMemoryDatabase } from '../../support/raw-database';

/**
 * The query plans of the statements the bench (tools/bench) times: each must reach its rows
 * through the index meant for it, so a schema or SQL change that silently turns one into a scan
 * fails here rather than as a slower number on a seeded vault. The plans are read from the
 * repositories' own prepared statements, on the schema the migrations build.
 */
const db = openMigratedMemoryDatabase();
afterAll(() => db.close());

const repositories = {
  clients: new ClientsRepository(db),
  notes: new NotesRepository(db),
  search: new SearchRepository(db),
  sessions: new SessionsRepository(db),
  homework: new HomeworkRepository(db),
  prompts: new PromptsRepository(db),
  measures: new MeasuresRepository(db),
  audit: new AuditLogRepository(db),
};
type RepositoryName = keyof typeof repositories;

function statementsOf(repository: RepositoryName): Record<string, Database.Statement> {
  const { statements } = repositories[repository] as unknown as { statements?: Record<string, Database.Statement> };
  if (!statements) throw new Error(`${repository}: the repository no longer keeps its prepared statements in 'statements'`);
  return statements;
}

/** EXPLAIN QUERY PLAN's lines for one of a repository's statements, every parameter bound to NULL. */
function planOf(repository: RepositoryName, name: string): string[] {
  const statement = statementsOf(repository)[name];
  if (!statement) throw new Error(`${repository} has no statement named ${name}`);
  const sql = statement.source;
  const named = [...new Set([...sql.matchAll(/@(\w+)/g)].map((match) => match[1]!))];
  const parameters = named.length ? [Object.fromEntries(named.map((parameter) => [parameter, null]))] : Array<null>((sql.match(/\?/g) ?? []).length).fill(null);
  const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[]).map((row) => row.detail);
  return withoutTriggerRows(sql, plan);
}

/**
 * SQLite lists the NEW row of each insert trigger as "SCAN <table>" (one row, not the table); those
 * lines are dropped for an INSERT into a table that has such triggers, and kept everywhere else.
 */
function withoutTriggerRows(sql: string, plan: string[]): string[] {
  const target = /^\s*INSERT\s+INTO\s+(\w+)/i.exec(sql)?.[1];
  if (!target) return plan;
  const insertTriggers = db
    .prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE '%INSERT ON%'")
    .pluck()
    .get(target) as number;
  return insertTriggers > 0 ? plan.filter((line) => line !== `SCAN ${target}`) : plan;
}

/** Tables that grow with the practice: a SCAN of one costs a page decryption per row on a large vault. */
const GROWING_TABLES = [
  'clients',
  'sessions',
  'session_events',
  'notes',
  'note_revisions',
  'note_addenda',
  'note_links',
  'homework',
  'search_documents',
  'session_prompts',
  'measures',
  'audit_log',
];
const scansOfGrowingTables = (plan: string[]) => plan.filter((line) => GROWING_TABLES.some((table) => new RegExp(`^SCAN ${table}\\b`).test(line)));

const byId = (table: string) => new RegExp(`^SEARCH ${table} USING (COVERING )?INDEX sqlite_autoindex_${table}_1 \\(id=\\?\\)$`);

describe('query plans of the statements the bench times', () => {
  it.each<[string, RepositoryName, string, RegExp[]]>([
    // The client list (measure-client-list): by status, in name order straight from the index.
    ['the client list', 'clients', 'list', [/^SEARCH clients USING INDEX clients_by_status_and_name \(<expr>=\?\)$/]],
    ['the client list filtered as one types', 'clients', 'search', [/^SEARCH clients USING INDEX clients_by_status_and_name \(<expr>=\?\)$/]],
    // Point reads (measure-point-reads) and opening a note (measure-note-open).
    ['a client by id', 'clients', 'get', [byId('clients')]],
    ['a note by id', 'notes', 'get', [byId('notes')]],
    // A note save (measure-notes-autosave, measure-note-keystroke): one transaction of these.
    ['the note row of a save', 'notes', 'save', [byId('notes')]],
    ['the revision a save refreshes or follows', 'notes', 'latestRevision', [/^SEARCH note_revisions USING INDEX note_revisions_by_note \(note_id=\?\)$/]],
    ['the revision refreshed', 'notes', 'refreshRevision', [byId('note_revisions')]],
    ["the note's links, replaced", 'notes', 'deleteLinks', [/^SEARCH note_links USING PRIMARY KEY \(note_id=\?\)$/]],
    [
      'the search document replaced',
      'search',
      'remove',
      [/^SEARCH search_documents USING INDEX sqlite_autoindex_search_documents_\d+ \(target=\? AND target_id=\?\)$/],
    ],
    // The notes list (measure-notes-list).
    ["a client's notes", 'notes', 'listForClient', [/^SEARCH notes USING INDEX notes_by_client \(client_id=\?\)$/]],
    ["a client's homework", 'homework', 'listForClient', [/^SEARCH homework USING INDEX homework_by_client \(client_id=\?\)$/]],
    [
      "a client's measures, in the order the course is judged",
      'measures',
      'listForClient',
      [/^SEARCH measures USING INDEX measures_by_client \(client_id=\?\)$/],
    ],
    // The session timeline (measure-session-timeline, measure-log-event).
    ["a session's timeline, in sequence", 'sessions', 'events', [/^SEARCH session_events USING INDEX sqlite_autoindex_session_events_\d+ \(session_id=\?\)$/]],
    [
      'the next sequence number of an event',
      'sessions',
      'insertEvent',
      [/^SEARCH session_events USING COVERING INDEX sqlite_autoindex_session_events_\d+ \(session_id=\?\)$/],
    ],
    ['the session row an event updates', 'sessions', 'setDosedAt', [byId('sessions')]],
    ['the open session', 'sessions', 'active', [/^SEARCH sessions USING INDEX sessions_open \(status=\?\)$/]],
    // Search (measure-notes-search): FTS5 orders the matches itself (idxNum 32: by rank in its sorter;
    // 192: by rowid, descending), then only the rows returned are read by rowid.
    ['counting matches up to the ranking cap', 'search', 'countUpTo', [/^SCAN search_index VIRTUAL TABLE INDEX 0:M\d+$/]],
    [
      'full-text search ranked by relevance',
      'search',
      'ranked',
      [/^SCAN search_index VIRTUAL TABLE INDEX 32:rM\d+$/, /^SEARCH d USING INTEGER PRIMARY KEY \(rowid=\?\)$/, byId('clients')],
    ],
    [
      'full-text search, newest first',
      'search',
      'newest',
      [/^SCAN search_index VIRTUAL TABLE INDEX 192:M\d+$/, /^SEARCH d USING INTEGER PRIMARY KEY \(rowid=\?\)$/, byId('clients')],
    ],
    [
      'a changed search document moved to the end',
      'search',
      'moveChanged',
      [/^SEARCH search_documents USING INDEX sqlite_autoindex_search_documents_\d+ \(target=\? AND target_id=\?\)$/],
    ],
  ])('%s (%s.%s) uses its index', (_what, repository, name, expected) => {
    const plan = planOf(repository, name);
    for (const line of expected) expect(plan, plan.join('\n')).toContainEqual(expect.stringMatching(line));
    expect(scansOfGrowingTables(plan)).toEqual([]);
  });

  it('sorts the client list and a timeline by their index, not in a temporary b-tree', () => {
    // The client list may sort ties of one name by id (LAST TERM); never the whole list.
    for (const name of ['list', 'search']) expect(planOf('clients', name)).not.toContain('USE TEMP B-TREE FOR ORDER BY');
    expect(planOf('sessions', 'events').filter((line) => line.includes('TEMP B-TREE'))).toEqual([]);
  });

  it('takes search results in the order the FTS index gives them: no sort of every match, no second MATCH per row', () => {
    for (const name of ['ranked', 'newest']) {
      const plan = planOf('search', name);
      expect(
        plan.filter((line) => line.includes('TEMP B-TREE')),
        name,
      ).toEqual([]);
      expect(
        plan.filter((line) => line.startsWith('SCAN search_index') || line.startsWith('SEARCH search_index')),
        name,
      ).toHaveLength(1);
    }
  });

  it('scans no table that grows with the practice in any statement, except the few listed here', () => {
    // Known scans, none of them timed by the bench: the REMS reminder reads every session
    // (sessions has no index on route or rems_submitted_at). "Check records" reads every signed note
    // and the whole audit chain on purpose: it is a full verification, run by hand.
    const allowed = new Set(['sessions.remsPending', 'notes.signedIds', 'audit.all']);
    const scans: string[] = [];
    for (const repository of Object.keys(repositories) as RepositoryName[]) {
      for (const name of Object.keys(statementsOf(repository))) {
        if (allowed.has(`${repository}.${name}`)) continue;
        for (const line of scansOfGrowingTables(planOf(repository, name))) scans.push(`${repository}.${name}: ${line}`);
      }
    }
    expect(scans).toEqual([]);
    for (const known of allowed) {
      const [repository, name] = known.split('.') as [RepositoryName, string];
      expect(scansOfGrowingTables(planOf(repository, name)), `${known} no longer scans: take it off the list`).not.toEqual([]);
    }
  });
});
