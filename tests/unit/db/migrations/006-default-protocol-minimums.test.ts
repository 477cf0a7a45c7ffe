import { describe, expect, it } from 'vitest';
import { migration001 } from '../../../../db/migrations/001-clients-and-settings';
import { migration002 } from '../../../../db/migrations/002-dosing-sessions';
import { migration003 } from '../../../../db/migrations/003-notes-homework-prompts';
import { migration006 } from '../../../../db/migrations/006-default-protocol-minimums';
import { DEFAULT_PROTOCOLS } from '../../../../shared/session/default-protocols';
import type { Route } from '../../../../shared/session/routes';
import { openMigratedMemoryDatabase } from '../../../support/raw-database';

/** A protocol row as an earlier version stored it: the default with no minimum outside esketamine. */
function insertProtocol(
  db: ReturnType<typeof openMigratedMemoryDatabase>,
  row: { id: string; route: Route; isDefault: boolean; minimum: number; edited?: boolean; archived?: boolean },
) {
  const definition = JSON.stringify({ ...DEFAULT_PROTOCOLS[row.route], minimumMonitoringMinutes: row.minimum });
  db.prepare('INSERT INTO protocols (id, route, definition, is_default, archived_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)').run(
    row.id,
    row.route,
    definition,
    row.isDefault ? 1 : 0,
    row.archived ? 2 : null,
    row.edited || row.archived ? 2 : 1,
  );
}

function minimumOf(db: ReturnType<typeof openMigratedMemoryDatabase>, id: string): number {
  return db.prepare<[string], number>("SELECT json_extract(definition, '$.minimumMonitoringMinutes') FROM protocols WHERE id = ?").pluck().get(id)!;
}

describe('migration 006: default protocols carry a minimum monitoring time', () => {
  it('gives the never-edited IM, sublingual and IV defaults their minimum, and leaves everything else as it was', () => {
    // Run on its own: it touches only the protocols table, which 002 made.
    const db = openMigratedMemoryDatabase([migration001, migration002, migration003]);
    insertProtocol(db, { id: 'im-default', route: 'im', isDefault: true, minimum: 0 });
    insertProtocol(db, { id: 'sl-default', route: 'sublingual', isDefault: true, minimum: 0 });
    insertProtocol(db, { id: 'iv-default', route: 'iv', isDefault: true, minimum: 0 });
    insertProtocol(db, { id: 'esk-default', route: 'esketamine', isDefault: true, minimum: 120 });
    insertProtocol(db, { id: 'im-edited', route: 'im', isDefault: true, minimum: 0, edited: true });
    insertProtocol(db, { id: 'iv-archived', route: 'iv', isDefault: true, minimum: 0, archived: true });
    insertProtocol(db, { id: 'im-own', route: 'im', isDefault: false, minimum: 0 });
    const before = db.prepare<[], { id: string; definition: string }>("SELECT id, definition FROM protocols WHERE id = 'im-default'").get()!;

    migration006.up(db);

    expect(['im-default', 'sl-default', 'iv-default', 'esk-default'].map((id) => minimumOf(db, id))).toEqual([150, 120, 70, 120]);
    expect(['im-edited', 'iv-archived', 'im-own'].map((id) => minimumOf(db, id))).toEqual([0, 0, 0]);
    // Only the minimum changes: the rest of the definition is as stored.
    const after = JSON.parse(db.prepare<[], string>("SELECT definition FROM protocols WHERE id = 'im-default'").pluck().get()!) as Record<string, unknown>;
    expect(after).toEqual({ ...(JSON.parse(before.definition) as Record<string, unknown>), minimumMonitoringMinutes: 150 });
    // The new minimums are the shipped defaults.
    expect(['im', 'sublingual', 'iv'].map((route) => DEFAULT_PROTOCOLS[route as Route].minimumMonitoringMinutes)).toEqual([150, 120, 70]);
    db.close();
  });
});
