import { describe, expect, it } from 'vitest';
import { migrate, readSchemaVersion } from '../../../../db/migrate';
import { MIGRATIONS } from '../../../../db/migrations';
import { migration010 } from '../../../../db/migrations/010-client-sex';
import { openMigratedMemoryDatabase } from '../../../support/raw-database';

describe('migration 010: client sex', () => {
  it('adds an optional sex to existing clients, not recorded until set, and refuses values the REMS form does not ask', () => {
    const db = openMigratedMemoryDatabase(MIGRATIONS.filter((migration) => migration.version < migration010.version));
    db.prepare("INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'Before', 'before', 1, 1)").run();
    migrate(
      db,
      MIGRATIONS.filter((migration) => migration.version <= migration010.version),
    );
    expect(readSchemaVersion(db)).toBe(migration010.version);
    expect(db.prepare("SELECT sex FROM clients WHERE id = 'c1'").get()).toEqual({ sex: null });
    db.prepare("UPDATE clients SET sex = 'male' WHERE id = 'c1'").run();
    expect(db.prepare("SELECT sex FROM clients WHERE id = 'c1'").get()).toEqual({ sex: 'male' });
    expect(() => db.prepare("UPDATE clients SET sex = 'Male' WHERE id = 'c1'").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE clients SET sex = '' WHERE id = 'c1'").run()).toThrow(/CHECK constraint/);
    db.close();
  });
});
