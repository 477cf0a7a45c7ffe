import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listBackups, verifyBackupFolder } from '../../../electron/handlers/backups/backup-folder';
import { DATABASE_FILE_NAME } from '../../../electron/vault/vault-file';
import { openEncryptedDatabaseReadOnly } from '../../../db/open-database';
import { oneFolderPlatform } from '../../../electron/platform';
import { call, createVault, newCore } from '../../support/temp-vault';
import { digestOf } from '../digest';
import type { ChildRecord, CrashScenario } from '../scenario';
import { unwrapKey } from '../vault-access';

/** Enough rows that VACUUM INTO, hashing and verification take a few milliseconds each, so kills land inside them. */
const TEMPLATE_CLIENTS = 300;

interface BackupRecord extends ChildRecord {
  op: 'client' | 'backup';
  clientId?: string;
  digest?: string;
  /** On a backup's intent: how many clients had been acknowledged when it began. */
  clientsBefore?: number;
  /** On a backup's ack: the folder it was written to. */
  name?: string;
}

/**
 * Backups killed mid-way: a client is added, then a backup made (copy, hash, manifest, verify,
 * rename, rotation), over and over. After the kill the vault must be whole (the harness checks
 * integrity and reopens it), and every folder in the backup folder must either be a backup that
 * verifies with its own key file and holds every client acknowledged before it began, or be one
 * the app never lists as a backup (a hidden partial or half-removed folder).
 */
export const backups: CrashScenario = {
  name: 'backups',
  summary: 'clients.create and backups.runNow in turn (with rotation), killed at any step',
  kill: { afterMark: 'ready', maxDelayMs: 900 },

  async buildTemplate(vaultDir) {
    const core = newCore(vaultDir);
    try {
      await createVault(core);
      for (let index = 0; index < TEMPLATE_CLIENTS; index++) await call(core, 'clients.create', { displayName: `Backup Client ${index}` });
      return {};
    } finally {
      await core.close();
    }
  },

  prepareRun({ runDir, facts }) {
    const backupDir = join(runDir, 'backups');
    mkdirSync(backupDir, { mode: 0o700 });
    return { ...facts, backupDir };
  },

  async workload({ facts, unlockedCore, mark, intent, ack }) {
    const core = await unlockedCore({ platform: oneFolderPlatform(facts.backupDir as string) });
    await call(core, 'backups.chooseFolder', {});
    mark('ready');
    let clientsAcknowledged = 0;
    for (let round = 1; ; round += 1) {
      const displayName = `Written before backup ${round}`;
      intent({ op: 'client', digest: digestOf(displayName) } satisfies BackupRecord);
      const client = await call(core, 'clients.create', { displayName });
      ack({ op: 'client', clientId: client.id, digest: digestOf(client.displayName) } satisfies BackupRecord);
      clientsAcknowledged += 1;
      intent({ op: 'backup', clientsBefore: clientsAcknowledged } satisfies BackupRecord);
      const backup = await call(core, 'backups.runNow', {});
      ack({ op: 'backup', name: backup.name } satisfies BackupRecord);
    }
  },

  async verify({ facts, transcript, store }) {
    const failures: string[] = [];
    const acks = transcript.acks as BackupRecord[];
    const clientAcks = acks.filter((record) => record.op === 'client');
    const stored = new Map(store.clients.list().map((client) => [client.id, client]));
    for (const record of clientAcks) {
      const client = stored.get(record.clientId!);
      if (!client) failures.push(`client ${record.clientId}: acknowledged but missing from the vault after the crash`);
      else if (digestOf(client.displayName) !== record.digest) failures.push(`client ${record.clientId}: stored name differs from the acknowledged one`);
    }

    // Which clients each backup must hold: acknowledged ones by name; the one in flight (never acknowledged) from the last intent.
    const backupIntents = (transcript.intents as BackupRecord[]).filter((record) => record.op === 'backup');
    const acknowledgedBackups = acks.filter((record) => record.op === 'backup');
    const clientsBeforeBackup = new Map(acknowledgedBackups.map((record, index) => [record.name!, backupIntents[index]?.clientsBefore ?? 0]));
    const inFlight = backupIntents.length > acknowledgedBackups.length ? (backupIntents.at(-1)?.clientsBefore ?? 0) : null;

    const backupDir = facts.backupDir as string;
    const listed = new Set(listBackups(backupDir).map((backup) => backup.name));
    for (const entry of readdirSync(backupDir)) {
      if (!listed.has(entry)) {
        if (!/^\.kap-backup-.+\.(partial|removing)$/.test(entry)) failures.push(`${entry}: neither a listed backup nor a recognisably incomplete one`);
        continue;
      }
      const path = join(backupDir, entry);
      let key: Buffer;
      try {
        key = await unwrapKey(path);
      } catch {
        failures.push(`${entry}: listed as a backup, but its key file does not open with the passphrase`);
        continue;
      }
      try {
        verifyBackupFolder(path, key);
        const expected = clientsBeforeBackup.get(entry) ?? inFlight;
        if (expected === null) {
          failures.push(`${entry}: a listed backup that no acknowledgement or unfinished backup accounts for`);
          continue;
        }
        const db = openEncryptedDatabaseReadOnly(join(path, DATABASE_FILE_NAME), key);
        try {
          const names = new Map(
            (db.prepare('SELECT id, display_name FROM clients').all() as { id: string; display_name: string }[]).map((row) => [row.id, row.display_name]),
          );
          if (names.size < TEMPLATE_CLIENTS) failures.push(`${entry}: ${names.size} clients, fewer than the ${TEMPLATE_CLIENTS} the vault started with`);
          for (const record of clientAcks.slice(0, expected)) {
            const name = names.get(record.clientId!);
            if (name === undefined || digestOf(name) !== record.digest)
              failures.push(`${entry}: client ${record.clientId}, acknowledged before the backup began, is missing or differs`);
          }
        } finally {
          db.close();
        }
      } catch (error) {
        failures.push(`${entry}: listed as a backup but does not verify (${error instanceof Error ? error.message : String(error)})`);
      } finally {
        key.fill(0);
      }
    }
    return failures;
  },

  outcome({ facts, transcript }) {
    const made = (transcript.acks as BackupRecord[]).filter((record) => record.op === 'backup').length;
    const leftovers = readdirSync(facts.backupDir as string).filter((entry) => entry.startsWith('.')).length;
    return `${made === 0 ? 'killed before the first backup was acknowledged' : 'killed after at least one backup'}${leftovers > 0 ? ', incomplete folder left' : ''}`;
  },
};
