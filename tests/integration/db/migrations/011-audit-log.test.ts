import { describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../db/migrate';
import { MIGRATIONS } from '../../../../db/migrations';
import { migration011 } from '../../../../db/migrations/011-audit-log';
import { openMigratedMemoryDatabase } from '../../../support/raw-database';

const ZEROS = '0'.repeat(64);
const hashOf = (letter: string) => letter.repeat(64);
const YEAR = 365.25 * 86_400_000;

describe('migration 011: audit log', () => {
  it('adds an append-only chain: each row follows the last and carries its hash; no update; no delete younger than six years', () => {
    const db = openMigratedMemoryDatabase(MIGRATIONS.filter((migration) => migration.version < migration011.version));
    migrate(
      db,
      MIGRATIONS.filter((migration) => migration.version <= migration011.version),
    );
    expect(readSchemaVersion(db)).toBe(migration011.version);
    const insert = db.prepare('INSERT INTO audit_log (seq, at, kind, subject_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const old = Date.now() - 7 * YEAR;

    expect(() => insert.run(2, old, 'lock', null, null, ZEROS, hashOf('a'))).toThrow(/follows the last one/);
    expect(() => insert.run(1, old, 'lock', null, null, hashOf('b'), hashOf('a'))).toThrow(/hash of the last one/);
    insert.run(1, old, 'lock', null, '{"reason":"idle"}', ZEROS, hashOf('a'));
    insert.run(2, Date.now(), 'unlock', null, null, hashOf('a'), hashOf('b'));
    expect(() => insert.run(3, 1, 'Lock', null, null, hashOf('b'), hashOf('c'))).toThrow(/CHECK constraint/);
    expect(() => insert.run(3, 1, 'lock', null, '["not an object"]', hashOf('b'), hashOf('c'))).toThrow(/CHECK constraint/);
    expect(() => insert.run(3, 1, 'lock', null, null, hashOf('b'), hashOf('a'))).toThrow(/UNIQUE/);

    expect(() => db.prepare("UPDATE audit_log SET kind = 'unlock' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/six years/);
    expect(db.prepare('DELETE FROM audit_log WHERE seq = 1').run().changes).toBe(1);
    db.close();
  });
});
