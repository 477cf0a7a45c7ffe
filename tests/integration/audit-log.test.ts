import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import { oneFolderPlatform, type Platform } from '../../electron/platform';
import type { AuditEntry } from '../../shared/contract';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE } from '../support/passphrases';
import { openRawDatabase } from '../support/raw-database';
import { seedExportRecord, SEED_NAME } from '../support/record-export-seed';
import { call, makeTempDir, removeDir } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

const YEAR = 365.25 * 86_400_000;
const WRONG_RECOVERY_CODE = 'ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD';
const EVERYTHING = { from: 0, to: 8.64e15 };

async function entries(core: AppCore): Promise<AuditEntry[]> {
  return (await call(core, 'audit.list', { range: EVERYTHING })).entries.reverse();
}

const kinds = (list: readonly AuditEntry[]) => list.map((entry) => entry.kind);

/** Opens the database raw with the core locked, lets `change` bypass the schema's guards, and unlocks again. */
async function tamper(core: AppCore, dir: string, change: (db: import('better-sqlite3-multiple-ciphers').Database) => void): Promise<void> {
  core.lock('user');
  const db = await openRawDatabase(dir);
  try {
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_kept_six_years; DROP TRIGGER audit_log_appends_to_the_chain;');
    change(db);
  } finally {
    db.close();
  }
  await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
}

describe('the audit log', () => {
  let clock: number;
  let files: string;
  let choose: Platform['chooseSaveFile'];

  beforeEach(() => {
    clock = Date.now();
    files = makeTempDir('kap-audit-files-');
  });
  afterEach(() => removeDir(files));
  vaultTest.override('coreOptions', () => {
    const folder = oneFolderPlatform(files);
    choose = folder.chooseSaveFile;
    return { now: () => clock, platform: { ...folder, chooseSaveFile: (request) => choose(request) } };
  });

  vaultTest('records creation, locks with their reason, failed unlocks counted, unlocks, and settings changes by name only', async ({ vault }) => {
    const { core } = vault;
    await call(core, 'settings.update', { clinicName: 'Quiet Harbour Clinic', idleLockMinutes: 12 });
    core.lock('idle');
    for (let i = 0; i < 2; i++)
      await expect(call(core, 'vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_SECRET' });
    // Well formed but wrong: a malformed code is refused before any try, and counts neither for the wait nor here.
    await expect(call(core, 'vault.verifyRecoveryCode', { recoveryCode: WRONG_RECOVERY_CODE })).rejects.toMatchObject({ code: 'WRONG_SECRET' });
    await expect(call(core, 'vault.verifyRecoveryCode', { recoveryCode: 'AAAA-BBBB' })).rejects.toMatchObject({ code: 'WRONG_SECRET' });
    // Three wrong in a row: the next try waits a second.
    clock += 1000;
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });

    const list = await entries(core);
    expect(kinds(list)).toEqual(['vault-created', 'settings-changed', 'lock', 'unlock-failed', 'unlock']);
    expect(list[1]!.detail).toEqual({ settings: 'clinicName, idleLockMinutes' });
    expect(list[2]!.detail).toEqual({ reason: 'idle' });
    expect(list[3]!.detail).toMatchObject({ count: 3, using: 'passphrase, recovery-code' });
    expect(list[4]!.detail).toEqual({ using: 'passphrase' });
    expect(JSON.stringify(list)).not.toContain('Quiet Harbour');
  });

  vaultTest('records signatures, addenda and exports by record id, in the same transaction, with no name or word of the record', async ({ vault }) => {
    const { core } = vault;
    const seeded = await seedExportRecord(core, clock);
    await call(core, 'exports.clientRecord', { clientId: seeded.clientId, format: 'json', includePrivateNotes: false, passphrase: STRONG_PASSPHRASE });

    const list = await entries(core);
    expect(list.filter((entry) => entry.kind === 'note-signed').map((entry) => entry.subjectId)).toContain(seeded.noteId);
    expect(list.find((entry) => entry.kind === 'addendum-signed')).toMatchObject({ subjectId: seeded.noteId });
    expect(list.at(-1)).toMatchObject({
      kind: 'record-exported',
      subjectId: seeded.clientId,
      detail: { scope: 'client', format: 'json', privateNotes: false },
    });
    const text = JSON.stringify(list);
    for (const part of SEED_NAME.split(/[\s-]+/)) expect(text).not.toContain(part);
    expect(text).not.toContain('grief');
  });

  vaultTest('an export cancelled or locked before writing records nothing', async ({ vault }) => {
    const { core } = vault;
    const seeded = await seedExportRecord(core, clock);
    choose = () => Promise.resolve(null);
    await call(core, 'exports.clientRecord', { clientId: seeded.clientId, format: 'json', includePrivateNotes: false, passphrase: STRONG_PASSPHRASE });
    choose = (request) => {
      core.lock('user');
      return oneFolderPlatform(files).chooseSaveFile(request);
    };
    await expect(
      call(core, 'exports.clientRecord', { clientId: seeded.clientId, format: 'json', includePrivateNotes: false, passphrase: STRONG_PASSPHRASE }),
    ).rejects.toMatchObject({ code: 'LOCKED' });
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(kinds(await entries(core))).not.toContain('record-exported');
    expect(readdirSync(files)).toEqual([]);
  });

  vaultTest('"Check records" finds nothing on an untouched vault, and records that it looked', async ({ vault }) => {
    const { core } = vault;
    await seedExportRecord(core, clock);
    const check = await call(core, 'audit.checkRecords', {});
    expect(check).toMatchObject({ chainProblems: [], signatureProblems: [], notesChecked: 1, addendaChecked: 1 });
    expect(check.entriesChecked).toBeGreaterThan(2);
    expect((await entries(core)).at(-1)).toMatchObject({ kind: 'records-checked', detail: { chainProblems: 0, signatureProblems: 0 } });
  });

  vaultTest('the schema refuses to edit an entry, to delete one younger than six years, or to append off the chain', async ({ vault }) => {
    const db = await openRawDatabase(vault.dir);
    try {
      expect(() => db.prepare("UPDATE audit_log SET kind = 'lock' WHERE seq = 1").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow(/six years/);
      const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
      const insert = db.prepare("INSERT INTO audit_log (seq, at, kind, prev_hash, hash) VALUES (?, 1, 'lock', ?, ?)");
      expect(() => insert.run(last.seq + 2, last.hash, 'f'.repeat(64))).toThrow(/follows the last one/);
      expect(() => insert.run(last.seq + 1, 'e'.repeat(64), 'f'.repeat(64))).toThrow(/hash of the last one/);
    } finally {
      db.close();
    }
  });

  vaultTest('an entry edited, deleted or moved through raw SQL is named by "Check records"', async ({ vault }) => {
    const { core } = vault;
    for (let i = 0; i < 6; i++) await call(core, 'settings.update', { idleLockMinutes: 5 + i });
    const before = await entries(core);
    const seqOf = (index: number) => before[index]!.seq;
    await tamper(core, vault.dir, (db) => {
      db.prepare('UPDATE audit_log SET detail = ? WHERE seq = ?').run('{"settings":"cueSound"}', seqOf(1));
      db.prepare('DELETE FROM audit_log WHERE seq = ?').run(seqOf(3));
      // Two rows swap places: each keeps its content and hash, under the other's number.
      db.prepare('UPDATE audit_log SET seq = 1000000 WHERE seq = ?').run(seqOf(5));
      db.prepare('UPDATE audit_log SET seq = ? WHERE seq = ?').run(seqOf(5), seqOf(6));
      db.prepare('UPDATE audit_log SET seq = ? WHERE seq = 1000000').run(seqOf(6));
    });
    const check = await call(core, 'audit.checkRecords', {});
    expect(check.chainProblems).toEqual([
      { seq: seqOf(1), problem: 'edited' },
      { seq: seqOf(3), problem: 'missing' },
      { seq: seqOf(5), problem: 'reordered' },
      { seq: seqOf(6), problem: 'reordered' },
    ]);
  });

  vaultTest('an entry edited and re-hashed still shows: the next entry follows a hash that no longer exists', async ({ vault }) => {
    const { core } = vault;
    for (let i = 0; i < 3; i++) await call(core, 'settings.update', { idleLockMinutes: 5 + i });
    const target = (await entries(core))[1]!;
    await tamper(core, vault.dir, (db) => {
      db.prepare("UPDATE audit_log SET detail = NULL, hash = '" + 'a'.repeat(64) + "' WHERE seq = ?").run(target.seq);
    });
    const check = await call(core, 'audit.checkRecords', {});
    expect(check.chainProblems).toContainEqual({ seq: target.seq, problem: 'edited' });
  });

  vaultTest('a signed note or addendum changed through raw SQL no longer matches its signature, and is named', async ({ vault }) => {
    const { core } = vault;
    const seeded = await seedExportRecord(core, clock);
    await tamper(core, vault.dir, (db) => {
      db.exec('DROP TRIGGER notes_signed_no_update; DROP TRIGGER note_addenda_no_update;');
      db.prepare("UPDATE notes SET title = 'Changed later' WHERE id = ?").run(seeded.noteId);
      db.prepare("UPDATE note_addenda SET text = 'Changed later' WHERE note_id = ?").run(seeded.noteId);
    });
    const check = await call(core, 'audit.checkRecords', {});
    expect(check.chainProblems).toEqual([]);
    expect(check.signatureProblems).toEqual([
      expect.objectContaining({ noteId: seeded.noteId, clientId: seeded.clientId, addendumId: null }),
      expect.objectContaining({ noteId: seeded.noteId, addendumId: expect.any(String) as string }),
    ]);
  });

  vaultTest('exports the range as JSON after the passphrase, refuses a wrong one, and records the export', async ({ vault }) => {
    const { core } = vault;
    await expect(call(core, 'audit.export', { range: EVERYTHING, passphrase: OTHER_STRONG_PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_SECRET' });
    expect(readdirSync(files)).toEqual([]);
    const result = await call(core, 'audit.export', { range: EVERYTHING, passphrase: STRONG_PASSPHRASE });
    expect(result.saved).toBe(true);
    const file = JSON.parse(readFileSync(join(files, result.fileName!), 'utf8')) as { format: string; entries: AuditEntry[] };
    expect(file.format).toBe('kap-audit-log/1');
    expect(file.entries.map((entry) => entry.kind)).toEqual(['vault-created']);
    expect((await entries(core)).at(-1)).toMatchObject({ kind: 'audit-exported', detail: { entries: 1 } });
  });

  vaultTest('lists a range newest first, of the kinds asked for', async ({ vault }) => {
    const { core } = vault;
    const start = clock;
    clock += 60_000;
    await call(core, 'settings.update', { idleLockMinutes: 20 });
    core.lock('user');
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const locks = await call(core, 'audit.list', { range: { from: start + 1, to: clock + 1 }, kinds: ['lock', 'settings-changed'] });
    expect(kinds(locks.entries)).toEqual(['lock', 'settings-changed']);
    expect(locks.truncated).toBe(false);
    await expect(call(core, 'audit.list', { range: { from: 10, to: 5 } })).rejects.toMatchObject({ code: 'INVALID' });
  });
});

describe('the audit log of a vault made eight years ago', () => {
  let clock: number;
  beforeEach(() => {
    // Old enough by the core's clock and by the schema's, which reads the real time.
    clock = Date.now() - 8 * YEAR;
  });
  vaultTest.override('coreOptions', () => ({ now: () => clock }));

  vaultTest(
    'keeps at least six years: the setting refuses less, and entries older than the setting go at unlock with the chain still whole',
    async ({ vault }) => {
      const { core } = vault;
      await expect(call(core, 'settings.update', { auditRetentionYears: 5 })).rejects.toMatchObject({ code: 'INVALID' });
      await call(core, 'settings.update', { idleLockMinutes: 9 });
      const old = await entries(core);
      core.lock('user');
      clock = Date.now();
      await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
      const after = await entries(core);
      expect(old.length).toBeGreaterThan(1);
      expect(after.some((entry) => old.some((gone) => gone.seq === entry.seq))).toBe(false);
      expect(kinds(after)).toEqual(['unlock', 'audit-pruned']);
      expect((await call(core, 'audit.checkRecords', {})).chainProblems).toEqual([]);
    },
  );
});
