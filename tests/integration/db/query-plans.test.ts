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
import { CaseloadRepository } from '../../../db/caseload-repository';
import { CoursesRepository } from '../../../db/courses-repository';
import { EvaluationsRepository } from '../../../db/evaluations-repository';
import { FollowUpsRepository } from '../../../db/follow-ups-repository';
import { MeasureDraftsRepository } from '../../../db/measure-drafts-repository';
import { PrescriberSummariesRepository } from '../../../db/prescriber-summaries-repository';
import { SideEffectsRepository } from '../../../db/side-effects-repository';
import { TodayRepository } from '../../../db/today-repository';
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
  today: new TodayRepository(db),
  caseload: new CaseloadRepository(db),
  courses: new CoursesRepository(db),
  followUps: new FollowUpsRepository(db),
  sideEffects: new SideEffectsRepository(db),
  evaluations: new EvaluationsRepository(db),
  measureDrafts: new MeasureDraftsRepository(db),
  prescriberSummaries: new PrescriberSummariesRepository(db),
};
type RepositoryName = keyof typeof repositories;

function statementsOf(repository: RepositoryName): Record<string, Database.Statement> {
  const { statements } = repositories[repository] as unknown as { statements?: Record<string, Database.Statement> };
  if (!statements) throw new Error(`${repository}: the repository no longer keeps its prepared statements in 'statements'`);
  return statements;
}

function sqlOf(repository: RepositoryName, name: string): string {
  const statement = statementsOf(repository)[name];
  if (!statement) throw new Error(`${repository} has no statement named ${name}`);
  return statement.source;
}

/** EXPLAIN QUERY PLAN's lines for one of a repository's statements, every parameter bound to NULL. */
function planOf(repository: RepositoryName, name: string): string[] {
  const sql = sqlOf(repository, name);
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
  'courses',
  'follow_up_contacts',
  'side_effect_checklists',
  'side_effect_answers',
  'evaluations',
  'measure_drafts',
];

/** Partial indexes: scanning one reads only the rows of its condition (the open, the due), not the table's history. */
const PARTIAL_INDEXES = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql LIKE '% WHERE %'").pluck().all() as string[]);

/** The table each name in a statement stands for: itself, or the table an alias (`FROM notes t`) was given to. */
function tablesByName(sql: string): Map<string, string> {
  const names = new Map(GROWING_TABLES.map((table) => [table, table]));
  for (const [, table, alias] of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)\s+(?:AS\s+)?(\w+)/gi)) {
    if (GROWING_TABLES.includes(table!) && !/^(ON|WHERE|JOIN|LEFT|CROSS|INNER|GROUP|ORDER|USING|SET)$/i.test(alias!)) names.set(alias!, table!);
  }
  return names;
}

/** The lines that read a growing table from end to end, by its name or an alias; a partial index's scan is not one. */
function scansOfGrowingTables(plan: string[], sql: string): string[] {
  const names = tablesByName(sql);
  return plan.filter((line) => {
    const scan = /^SCAN (\w+)(?: USING (?:COVERING )?INDEX (\w+))?/.exec(line);
    return scan !== null && names.has(scan[1]!) && !(scan[2] !== undefined && PARTIAL_INDEXES.has(scan[2]));
  });
}

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
    ["the note's links a save compares", 'notes', 'links', [/^SEARCH note_links USING PRIMARY KEY \(note_id=\?\)$/]],
    ['a link a save removes', 'notes', 'deleteLink', [/^SEARCH note_links USING PRIMARY KEY \(note_id=\? AND target_kind=\? AND target_id=\?\)$/]],
    // A note's history (notes.revisions, notes.revision): the current stretch in the note, the ended ones by note.
    ["a note's revisions", 'notes', 'revisions', [byId('notes'), /^SEARCH note_revisions USING INDEX note_revisions_by_note \(note_id=\?\)$/]],
    ['one revision of a note', 'notes', 'revision', [byId('notes'), byId('note_revisions')]],
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
    // The home screen (measure-home-screen): Today reads only the open work, through indexes that hold only it.
    ['the sessions not yet finished', 'today', 'openSessions', [/^SEARCH t USING INDEX sessions_unfinished \(status=\?\)$/]],
    ['homework waiting for review', 'today', 'homeworkToReview', [/^SCAN t USING INDEX homework_to_review$/]],
    ['drafts to sign', 'today', 'draftsSince', [/^SEARCH t USING INDEX notes_unsigned \(created_at>\?\)$/]],
    ['the doses of clients in a course', 'today', 'courseDoses', [/^SEARCH sessions USING COVERING INDEX sessions_dose_by_client \(client_id=\?/]],
    ['follow-ups due', 'followUps', 'plannedDueBy', [/^SEARCH t USING INDEX follow_up_contacts_by_due \(status=\? AND due_date<\?\)$/]],
    // The client list's counts: every client's, from covering indexes; no session, note or homework row is read.
    [
      "the caseload's counts",
      'caseload',
      'facts',
      [
        /^SCAN sessions USING COVERING INDEX sessions_dose_by_client$/,
        /^SCAN notes USING COVERING INDEX notes_drafts_by_client$/,
        /^SCAN homework USING COVERING INDEX homework_status_by_client$/,
        /^SCAN c$/,
      ],
    ],
    // The follow-up screen (measure-follow-up-screen): the client's own rows only.
    ["a client's courses", 'courses', 'listForClient', [/^SEARCH courses USING INDEX courses_by_client \(client_id=\?\)$/]],
    ["a client's side effects", 'sideEffects', 'answersForClient', [/^SEARCH s USING INDEX sessions_by_client \(client_id=\?\)$/]],
    ["a session's follow-up contacts", 'followUps', 'forSession', [/^SEARCH t USING INDEX sqlite_autoindex_follow_up_contacts_\d+ \(session_id=\?\)$/]],
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
    // A scan named among the expected lines is the one meant (the caseload reads every client's counts).
    expect(scansOfGrowingTables(plan, sqlOf(repository, name)).filter((line) => !expected.some((meant) => meant.test(line)))).toEqual([]);
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
    // Two reads are of every active client by design, one row each: the caseload's counts (whose
    // sessions and homework are read from covering indexes: see above) and the outcomes page.
    const allowed = new Set(['sessions.remsPending', 'notes.signedIds', 'audit.all', 'caseload.facts', 'measures.activeSeries']);
    const scans: string[] = [];
    for (const repository of Object.keys(repositories) as RepositoryName[]) {
      for (const name of Object.keys(statementsOf(repository))) {
        if (allowed.has(`${repository}.${name}`)) continue;
        for (const line of scansOfGrowingTables(planOf(repository, name), sqlOf(repository, name))) scans.push(`${repository}.${name}: ${line}`);
      }
    }
    expect(scans).toEqual([]);
    for (const known of allowed) {
      const [repository, name] = known.split('.') as [RepositoryName, string];
      expect(scansOfGrowingTables(planOf(repository, name), sqlOf(repository, name)), `${known} no longer scans: take it off the list`).not.toEqual([]);
    }
  });
});
