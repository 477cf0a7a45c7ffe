import { cpSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import { call, newCore } from '../support/temp-vault';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE } from '../support/passphrases';
import { mountSmallDisk, SMALL_DISK_SKIPPED, type SmallDisk } from '../support/small-disk';
import { type VaultCopies, vaultTest } from '../support/vault-fixture';

const CLIENTS = 400;

/** One vault made once (Argon2id is slow); each test damages its own copy of the folder. */
vaultTest.override(
  'templateClients',
  { scope: 'file' },
  Array.from({ length: CLIENTS }, (_, index) => `Synthetic Client ${index} ${'x'.repeat(80)}`),
);

let template: string;
let recoveryCode: string;
let copies: VaultCopies;

vaultTest.beforeAll(({ templateVault }) => {
  ({ dir: template, recoveryCode } = templateVault);
}, 120_000);
vaultTest.beforeEach(({ vaultCopies }) => {
  copies = vaultCopies;
});

function copyOfVault(): { core: AppCore; dir: string } {
  const dir = copies.copy(template);
  return { core: copies.open(dir), dir };
}

async function unlockAnswer(core: AppCore) {
  return core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE });
}

async function expectRefusedAndUntouched(core: AppCore, dir: string, code: string, message: RegExp) {
  const before = readFileSync(join(dir, 'kap.db'));
  const answer = await unlockAnswer(core);
  expect(answer).toMatchObject({ ok: false, error: { code } });
  if (!answer.ok) expect(answer.error.message).toMatch(message);
  expect(readFileSync(join(dir, 'kap.db')).equals(before)).toBe(true);
  expect(await call(core, 'vault.status')).toEqual({ state: 'locked' });
}

describe('a damaged kap.db gets a clear answer and is never written over', () => {
  vaultTest('zero bytes: refused as empty, never opened as a new vault', async () => {
    const { core, dir } = copyOfVault();
    writeFileSync(join(dir, 'kap.db'), '');
    await expectRefusedAndUntouched(core, dir, 'VAULT_DAMAGED', /empty/);
    expect(statSync(join(dir, 'kap.db')).size).toBe(0);
  });

  vaultTest('missing while the key file is there: VAULT_INCOMPLETE, and creating a vault over it is refused', async () => {
    const { core, dir } = copyOfVault();
    rmSync(join(dir, 'kap.db'));
    const answer = await unlockAnswer(core);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VAULT_INCOMPLETE' } });
    if (!answer.ok) expect(answer.error.message).toContain('kap.db');
    expect(await core.dispatch('vault.recover', { recoveryCode, newPassphrase: OTHER_STRONG_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_INCOMPLETE' },
    });
    expect(await core.dispatch('vault.create', { passphrase: OTHER_STRONG_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'VAULT_EXISTS' } });
  });

  vaultTest('cut off: refused as truncated', async () => {
    const { core, dir } = copyOfVault();
    truncateSync(join(dir, 'kap.db'), Math.floor(statSync(join(dir, 'kap.db')).size / 2 / 4096) * 4096);
    await expectRefusedAndUntouched(core, dir, 'VAULT_DAMAGED', /cut off/);
  });

  vaultTest('not a database at all: refused, saying it does not open with this vault’s key', async () => {
    const { core, dir } = copyOfVault();
    writeFileSync(join(dir, 'kap.db'), Buffer.alloc(statSync(join(dir, 'kap.db')).size, 7));
    await expectRefusedAndUntouched(core, dir, 'VAULT_DAMAGED', /does not open with this vault’s key/);
  });

  vaultTest('a corrupt page found by a read answers VAULT_DAMAGED, never INTERNAL', async () => {
    const { core, dir } = copyOfVault();
    const path = join(dir, 'kap.db');
    const pages = statSync(path).size / 4096;
    const descriptor = openSync(path, 'r+');
    // Every page past the first few: whichever the client list reads is damaged.
    for (let page = 8; page < pages; page += 1) writeSync(descriptor, Buffer.alloc(64, 0xa5), 0, 64, page * 4096 + 200);
    closeSync(descriptor);
    const unlocked = await unlockAnswer(core);
    const answer = unlocked.ok ? await core.dispatch('clients.list', {}) : unlocked;
    expect(answer).toMatchObject({ ok: false, error: { code: 'VAULT_DAMAGED' } });
  });
});

describe('the key file and its mirror: one lost or damaged file does not lose the vault', () => {
  vaultTest('writes vault.json and vault.mirror.json with the same content', () => {
    expect(readFileSync(join(template, 'vault.mirror.json'), 'utf8')).toBe(readFileSync(join(template, 'vault.json'), 'utf8'));
  });

  for (const [what, damage] of [
    ['missing', (path: string) => rmSync(path)],
    ['truncated', (path: string) => truncateSync(path, 100)],
    [
      'edited',
      (path: string) =>
        writeFileSync(
          path,
          readFileSync(path, 'utf8').replace(/"ciphertext": "(.)/, (_, first: string) => `"ciphertext": "${first === 'a' ? 'b' : 'a'}`),
        ),
    ],
  ] as const) {
    vaultTest(`vault.json ${what}: the mirror opens the vault with the passphrase, and vault.json is written whole again`, async () => {
      const { core, dir } = copyOfVault();
      damage(join(dir, 'vault.json'));
      expect(await call(core, 'vault.status')).toEqual({ state: 'locked' });
      await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
      expect((await call(core, 'clients.list', {})).clients).toHaveLength(CLIENTS);
      expect(readFileSync(join(dir, 'vault.json'), 'utf8')).toBe(readFileSync(join(dir, 'vault.mirror.json'), 'utf8'));
    });

    vaultTest(`vault.mirror.json ${what}: vault.json opens the vault with the recovery code, and the mirror is written again`, async () => {
      const { core, dir } = copyOfVault();
      damage(join(dir, 'vault.mirror.json'));
      await call(core, 'vault.verifyRecoveryCode', { recoveryCode });
      await call(core, 'vault.recover', { recoveryCode, newPassphrase: OTHER_STRONG_PASSPHRASE });
      expect(readFileSync(join(dir, 'vault.mirror.json'), 'utf8')).toBe(readFileSync(join(dir, 'vault.json'), 'utf8'));
    });
  }

  vaultTest('both edited: VAULT_DAMAGED, nothing written', async () => {
    const { core, dir } = copyOfVault();
    for (const name of ['vault.json', 'vault.mirror.json']) writeFileSync(join(dir, name), '{"format":"kap-companion-vault"');
    expect(await unlockAnswer(core)).toMatchObject({ ok: false, error: { code: 'VAULT_DAMAGED' } });
    expect(readFileSync(join(dir, 'vault.json'), 'utf8')).toBe('{"format":"kap-companion-vault"');
  });

  vaultTest('both missing beside kap.db: "key-missing", never "absent"; a copy from another folder brings the vault back', async () => {
    const { core, dir } = copyOfVault();
    for (const name of ['vault.json', 'vault.mirror.json']) rmSync(join(dir, name));
    expect(await call(core, 'vault.status')).toEqual({ state: 'key-missing' });
    expect(await unlockAnswer(core)).toMatchObject({ ok: false, error: { code: 'VAULT_INCOMPLETE' } });
    expect(await core.dispatch('vault.create', { passphrase: OTHER_STRONG_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'VAULT_EXISTS' } });
    expect(await core.dispatch('vault.verifyRecoveryCode', { recoveryCode })).toMatchObject({ ok: false, error: { code: 'VAULT_INCOMPLETE' } });
  });
});

describe('a full or read-only disk', () => {
  const probe = mountSmallDisk('1m');
  probe?.unmount();
  const skipped = probe ? '' : ` (${SMALL_DISK_SKIPPED})`;

  /** Each test gets its own small disk, and closes its vault before the disk goes. */
  async function onSmallDisk(work: (disk: SmallDisk, core: AppCore, dir: string) => Promise<void>, beforeOpen?: (disk: SmallDisk) => void) {
    const disk = mountSmallDisk('8m')!;
    const dir = join(disk.dir, 'vault');
    cpSync(template, dir, { recursive: true });
    beforeOpen?.(disk);
    const core = newCore(dir);
    try {
      await work(disk, core, dir);
    } finally {
      await core.close();
      disk.writable();
      disk.unmount();
    }
  }

  vaultTest.skipIf(!probe)(`a full disk answers DISK_FULL on a save, still locks (with the event), and saves again once there is room${skipped}`, () =>
    onSmallDisk(async (disk, core) => {
      await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
      const filler = join(disk.dir, 'filler');
      const descriptor = openSync(filler, 'w');
      const chunk = Buffer.alloc(64 * 1024, 1);
      try {
        for (;;) writeSync(descriptor, chunk);
      } catch {
        // ENOSPC: the disk is full now.
      } finally {
        closeSync(descriptor);
      }
      const refused = await core.dispatch('clients.create', { displayName: `A client saved on a full disk ${'y'.repeat(150)}` });
      expect(refused).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });

      const events: string[] = [];
      core.onEvent((name) => events.push(name));
      expect(await core.dispatch('vault.lock', { reason: 'user' })).toEqual({ ok: true, value: {} });
      expect(events).toContain('vault.locked');
      expect(await call(core, 'vault.status')).toEqual({ state: 'locked' });

      rmSync(filler);
      await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
      await call(core, 'clients.create', { displayName: 'Saved once there was room' });
      expect((await call(core, 'clients.list', {})).clients).toHaveLength(CLIENTS + 1);
    }),
  );

  vaultTest.skipIf(!probe)(`a read-only folder says read-only, not damaged${skipped}`, () =>
    onSmallDisk(
      async (_disk, core) => {
        const answer = await unlockAnswer(core);
        expect(answer).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
      },
      (disk) => disk.readOnly(),
    ),
  );
});
