import { afterAll, describe, expect, it } from 'vitest';
import type { NoteLinkRow } from '../../../db/notes-repository';
import { STALE_SEARCH_TARGETS } from '../../../db/search-repository';
import { CLIENT_SEXES } from '../../../shared/clients/client-sex';
import { SESSION_STATUSES } from '../../../shared/contract/sessions';
import { COURSE_KINDS, COURSE_STATUSES, MAINTENANCE_INTERVALS, SCHEDULE_KINDS } from '../../../shared/course/course-types';
import { searchResultSchema } from '../../../shared/contract/search';
import { CANDIDACIES } from '../../../shared/evaluation/evaluation-types';
import { FOLLOW_UP_STATUSES } from '../../../shared/follow-up/follow-up-ladder';
import { HOMEWORK_STATUSES, HOMEWORK_TYPES } from '../../../shared/homework/homework-types';
import { MEASURE_ENTERED_BY, MEASURE_KINDS } from '../../../shared/measures/questionnaires';
import { CANONICAL_NOTE_FORMATS } from '../../../shared/notes/canonical-note';
import { NOTE_KINDS, NOTE_STATUSES } from '../../../shared/notes/note-kinds';
import { PROMPT_PHASES } from '../../../shared/prompts/prompt-phases';
import { ROUTES } from '../../../shared/session/routes';
import { LATE_ENTRY_KINDS } from '../../../shared/session/timeline';
import { SIDE_EFFECT_LEVELS } from '../../../shared/side-effects/side-effect-items';
import { openMigratedMemoryDatabase } from '../../support/raw-database';

/**
 * The migrations spell their value lists out as SQL (CHECK (x IN (...)), a partial index's WHERE);
 * the contract, the handlers and the renderer use the constants in shared/. This compares the two
 * on the schema the migrations actually build, so adding a route, a status or a kind in one place
 * only fails here instead of as a CHECK failure in a therapist's session.
 */

/** Note link kinds are a type in db/, not a list in shared/: the `satisfies` and the check below tie this list to it both ways. */
const NOTE_LINK_KINDS = ['homework', 'prompt', 'session'] as const satisfies readonly NoteLinkRow['kind'][];
const everyLinkKindListed: Exclude<NoteLinkRow['kind'], (typeof NOTE_LINK_KINDS)[number]> extends never ? true : false = true;

const BOOLEAN = [0, 1];

/** Each CHECK (column IN (...)) of the schema, as `table.column`, and the constant it must equal. */
const EXPECTED: Record<string, readonly (string | number)[]> = {
  'clients.sex': CLIENT_SEXES,
  'protocols.route': ROUTES,
  'protocols.is_default': BOOLEAN,
  'sessions.route': ROUTES,
  'sessions.status': SESSION_STATUSES,
  'session_events.written_late': BOOLEAN,
  'homework.type': HOMEWORK_TYPES,
  'homework.status': HOMEWORK_STATUSES,
  'notes.kind': NOTE_KINDS,
  'notes.status': NOTE_STATUSES,
  'notes.is_private': BOOLEAN,
  'notes.signed_format': CANONICAL_NOTE_FORMATS,
  'note_signed_homework.status': HOMEWORK_STATUSES,
  'courses.kind': COURSE_KINDS,
  'courses.schedule_kind': SCHEDULE_KINDS,
  'courses.maintenance': MAINTENANCE_INTERVALS,
  'courses.status': COURSE_STATUSES,
  'evaluations.candidacy': CANDIDACIES,
  'evaluations.rems_enrolled': BOOLEAN,
  'follow_up_contacts.status': FOLLOW_UP_STATUSES,
  'follow_up_contacts.date_moved': BOOLEAN,
  'note_links.target_kind': NOTE_LINK_KINDS,
  'prompts.phase': PROMPT_PHASES,
  'measures.kind': MEASURE_KINDS,
  'measures.entered_by': MEASURE_ENTERED_BY,
  'measure_drafts.kind': MEASURE_KINDS,
  'side_effect_answers.level': SIDE_EFFECT_LEVELS,
  'search_documents.target': searchResultSchema.shape.target.options,
  'search_stale.target': STALE_SEARCH_TARGETS,
  'search_documents.is_private': BOOLEAN,
};

const db = openMigratedMemoryDatabase();
afterAll(() => db.close());

const schema = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL').all() as {
  type: string;
  name: string;
  tbl_name: string;
  sql: string;
}[];

/** `'a', 'b'` or `0, 1` as values. */
function parseList(list: string): (string | number)[] {
  return list.split(',').map((item) => {
    const value = item.trim();
    return value.startsWith("'") ? value.slice(1, -1).replaceAll("''", "'") : Number(value);
  });
}

/** Every `column IN (...)` inside a CHECK of each table, keyed `table.column`. */
function checkedValueLists(): Map<string, (string | number)[][]> {
  const lists = new Map<string, (string | number)[][]>();
  for (const { type, tbl_name: table, sql } of schema) {
    if (type !== 'table') continue;
    for (const check of sql.matchAll(/CHECK\s*\((\w+)\s+IN\s*\(([^)]*)\)\)/g)) {
      const key = `${table}.${check[1]!}`;
      lists.set(key, [...(lists.get(key) ?? []), parseList(check[2]!)]);
    }
  }
  return lists;
}

describe('value lists in the migrations', () => {
  it('the schema has the CHECK value lists this test knows, and no other', () => {
    expect(everyLinkKindListed).toBe(true);
    expect([...checkedValueLists().keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s allows exactly the shared constant', (key, constant) => {
    const lists = checkedValueLists().get(key) ?? [];
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) expect(list).toEqual([...constant]);
  });

  it("the open-session index covers session statuses the contract knows (the 'active' statement's list)", () => {
    const index = schema.find((entry) => entry.type === 'index' && entry.name === 'sessions_open');
    const list = index?.sql.match(/WHERE\s+status\s+IN\s*\(([^)]*)\)/)?.[1];
    expect(list).toBeDefined();
    const statuses = parseList(list!);
    expect(statuses).toEqual(['checked-in', 'dosed']);
    for (const status of statuses) expect(SESSION_STATUSES).toContain(status);
  });

  it('the late-entry triggers name the kinds of LATE_ENTRY_KINDS and statuses the contract knows', () => {
    const trigger = (name: string) => schema.find((entry) => entry.type === 'trigger' && entry.name === name)?.sql ?? '';
    const kinds = trigger('session_events_late_entry_fits').match(/NEW\.kind\s+NOT\s+IN\s*\(([^)]*)\)/)?.[1];
    expect(kinds).toBeDefined();
    expect(parseList(kinds!)).toEqual([...LATE_ENTRY_KINDS]);
    const ended = trigger('session_events_closed_after_discharge').match(
      /status\s+FROM\s+sessions\s+WHERE\s+id\s*=\s*NEW\.session_id\)\s+IN\s*\(([^)]*)\)/,
    )?.[1];
    expect(ended).toBeDefined();
    expect(parseList(ended!)).toEqual(['discharged', 'cancelled']);
    for (const status of parseList(ended!)) expect(SESSION_STATUSES).toContain(status);
  });
});
