import { chmodSync, copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations/index';
import { createVault, newCore } from '../../support/temp-vault';
import { canonicalJson, digestOf } from '../digest';
import type { CrashScenario } from '../scenario';
import { openAtVersion, referenceSchema, schemaOf, unwrapKey } from '../vault-access';

/** Clients written at the old version, so the migrations run over a database with rows in it. */
const OLD_CLIENTS = 400;

// The columns every version has: a later migration may add columns (with their defaults), never change these.
const clientsDigest = (db: Database.Database) =>
  digestOf(db.prepare('SELECT id, display_name, search_text, archived_at, created_at, updated_at FROM clients ORDER BY id').all());
const oldDatabase = (spareDir: string, version: number) => join(spareDir, `v${version}`, 'kap.db');

/**
 * A vault saved by an older app: its database at schema version k (1 <= k < latest), opened by
 * this app, which runs the remaining migrations at unlock. The kill is aimed at the moments after
 * Argon2id finishes (opening, migrating, seeding defaults). After it the database must be sound
 * and exactly at one version's schema, with no migration half applied; migrate() commits each
 * migration with its user_version, so that version is k, latest, or one between. The app's reopen
 * must then finish the job with every old row intact.
 */
export const migrationOnOpen: CrashScenario = {
  name: 'migration-on-open',
  summary: 'vault at an older schema; killed while unlock runs the remaining migrations',
  kill: { afterMark: 'key-derived', untilMark: 'opened', minWindowMs: 20 },

  async buildTemplate(vaultDir, spareDir) {
    // vault.json (the wrapped key) from a real creation; its kap.db is replaced for each run.
    const core = newCore(vaultDir);
    try {
      await createVault(core);
    } finally {
      await core.close();
    }
    const key = await unwrapKey(vaultDir);
    try {
      const digests: Record<string, string> = {};
      for (let version = 1; version < LATEST_SCHEMA_VERSION; version += 1) {
        mkdirSync(join(spareDir, `v${version}`), { recursive: true, mode: 0o700 });
        const db = openAtVersion(join(spareDir, `v${version}`), key, version, true);
        try {
          const insert = db.prepare('INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
          db.transaction(() => {
            for (let n = 1; n <= OLD_CLIENTS; n += 1)
              insert.run(`old-client-${n}`, `Old Client ${n}`, `old client ${n}`, 1_700_000_000_000 + n, 1_700_000_000_000 + n);
          })();
          digests[version] = clientsDigest(db);
          db.pragma('wal_checkpoint(TRUNCATE)');
        } finally {
          db.close();
        }
      }
      return { clientsDigests: digests };
    } finally {
      key.fill(0);
    }
  },

  prepareRun({ vaultDir, spareDir, facts, prng }) {
    const fromVersion = prng.int(1, LATEST_SCHEMA_VERSION - 1);
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(vaultDir, `kap.db${suffix}`), { force: true });
    copyFileSync(oldDatabase(spareDir, fromVersion), join(vaultDir, 'kap.db'));
    chmodSync(join(vaultDir, 'kap.db'), 0o600);
    return { ...facts, fromVersion, clientsDigest: (facts.clientsDigests as Record<string, string>)[fromVersion] };
  },

  async workload({ unlockedCore, mark }) {
    const core = await unlockedCore({ markWhenKeyDerived: 'key-derived' });
    mark('opened');
    await core.close();
  },

  verify({ facts, asFound, store }) {
    const failures: string[] = [];
    const fromVersion = facts.fromVersion as number;
    const found = asFound.userVersion;
    if (found < fromVersion || found > LATEST_SCHEMA_VERSION)
      failures.push(`as found: user_version ${found}, expected ${fromVersion}..${LATEST_SCHEMA_VERSION}`);
    else if (canonicalJson(asFound.schema) !== canonicalJson(referenceSchema(found))) {
      failures.push(`as found: user_version ${found} but the schema is not version ${found}'s (a migration was half applied)`);
    }
    const reopenedVersion = store.db.pragma('user_version', { simple: true }) as number;
    if (reopenedVersion !== LATEST_SCHEMA_VERSION) failures.push(`reopened: user_version ${reopenedVersion}, expected ${LATEST_SCHEMA_VERSION}`);
    if (canonicalJson(schemaOf(store.db)) !== canonicalJson(referenceSchema(LATEST_SCHEMA_VERSION)))
      failures.push('reopened: the schema is not the latest version');
    if (clientsDigest(store.db) !== facts.clientsDigest) failures.push('reopened: the clients written at the old version changed');
    if (store.protocols.list().filter((one) => one.isDefault).length < 4) failures.push('reopened: the default protocols are missing');
    return failures;
  },

  outcome({ facts, asFound }) {
    return `from v${facts.fromVersion as number}, found at v${asFound.userVersion}`;
  },
};
