import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError } from '../../db/database-errors';
import { migrate, readSchemaVersion } from '../../db/migrate';
import { migration001 } from '../../db/migrations/001-clients-and-settings';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations/index';
import { openEncryptedDatabase } from '../../db/open-database';
import { unwrapDatabaseKey } from '../../electron/vault/key-wrapping';
import { readVaultFile } from '../../electron/vault/vault-file';
import { call, createVault, makeTempDir, newCore, removeDir, STRONG_PASSPHRASE } from '../support/temp-vault';

describe('migrations', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => removeDir(dir));

  it('are numbered one after another from 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('001 creates clients and settings with their checks', () => {
    const db = new Database(':memory:');
    migrate(db, [migration001]);
    expect(readSchemaVersion(db)).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['clients', 'settings']);
    const insert = db.prepare('INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES (?, ?, ?, 1, 1)');
    insert.run('a', 'Named', 'named');
    expect(() => insert.run('b', '', '')).toThrow(/CHECK/);
    expect(() => insert.run('c', 'x'.repeat(201), 'x')).toThrow(/CHECK/);
    db.close();
  });

  it('running them again changes nothing', () => {
    const db = new Database(':memory:');
    migrate(db);
    migrate(db);
    expect(readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database from a newer app and leaves it untouched', async () => {
    const core = newCore(dir);
    await createVault(core);
    core.close();
    const key = await unwrapDatabaseKey(readVaultFile(dir).wraps.passphrase, STRONG_PASSPHRASE, 'passphrase');
    const db = openEncryptedDatabase(join(dir, 'kap.db'), key!);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = readFileSync(join(dir, 'kap.db'));

    expect(() => openEncryptedDatabase(join(dir, 'kap.db'), key!)).toThrow(DatabaseTooNewError);
    const reopened = newCore(dir);
    const result = await reopened.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_TOO_NEW' } });
    expect(readFileSync(join(dir, 'kap.db')).equals(before)).toBe(true);
    reopened.close();
  });

  it('a database that does not open with the unwrapped key is reported as damaged', async () => {
    const core = newCore(dir);
    await createVault(core);
    await call(core, 'clients.create', { displayName: 'Someone' });
    core.lock('user');
    const path = join(dir, 'kap.db');
    const bytes = readFileSync(path);
    bytes.set(randomBytes(64), 0);
    writeFileSync(path, bytes);
    expect(await core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'VAULT_DAMAGED' } });
    core.close();
  });
});
