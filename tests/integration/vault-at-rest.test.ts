import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import { LONGEST_WAIT_MS } from '../../electron/vault/unlock-backoff';
import { homeworkLink, noteJson, paragraph, promptBlock } from '../support/note-docs';
import { STRONG_PASSPHRASE } from '../support/passphrases';
import { vaultKey } from '../support/raw-database';
import { call, readVaultFolder, removeDir } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

const SENTINEL = 'Zanzibar-Quokka-7f3e91-Sentinel';

function encodings(text: string): Buffer[] {
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), Buffer.from(text, 'utf16le').swap16()];
}

function expectNoFileContains(vaultDir: string, needles: Buffer[]): void {
  const files = readVaultFolder(vaultDir);
  expect(files.size).toBeGreaterThan(0);
  for (const [name, content] of files) {
    for (const needle of needles) expect(content.includes(needle), `${name} contains a forbidden value`).toBe(false);
  }
}

describe('what the vault leaves on disk', () => {
  let dir: string;
  let core: AppCore;

  vaultTest.beforeEach(({ vault }) => {
    ({ dir, core } = vault);
  });

  vaultTest('never holds a client name or the database key in the clear, open or closed', async () => {
    await call(core, 'clients.create', { displayName: SENTINEL, preferredName: SENTINEL, about: `Lives near ${SENTINEL}` });
    const key = await vaultKey(dir, STRONG_PASSPHRASE);
    expect(key).not.toBeNull();
    const keyForms = [key, Buffer.from(key.toString('hex')), Buffer.from(key.toString('hex').toUpperCase()), Buffer.from(key.toString('base64'))];

    // While unlocked the WAL holds the new rows: it must be encrypted too.
    expect(readVaultFolder(dir).has('kap.db-wal')).toBe(true);
    expectNoFileContains(dir, [...encodings(SENTINEL), ...keyForms]);

    core.lock('user');
    expectNoFileContains(dir, [...encodings(SENTINEL), ...keyForms]);
  });

  vaultTest('never holds the words of a note, its revision, addenda or homework in the clear, open or closed', async () => {
    const clientId = (await call(core, 'clients.create', { displayName: 'At Rest' })).id;
    const homework = await call(core, 'homework.create', { clientId, title: `Walk ${SENTINEL}`, fields: { type: 'custom', instructions: `Near ${SENTINEL}` } });
    await call(core, 'homework.update', {
      id: homework.id,
      title: homework.title,
      fields: homework.fields,
      status: 'reviewed',
      outcome: `Outcome ${SENTINEL}`,
    });
    const note = await call(core, 'notes.create', { clientId, kind: 'general', title: `About ${SENTINEL}` });
    const saved = await call(core, 'notes.save', {
      id: note.id,
      baseRevision: note.revision,
      content: noteJson(paragraph(`She said ${SENTINEL} twice`, homeworkLink(homework.id)), promptBlock(null, `Question ${SENTINEL}?`, paragraph(SENTINEL))),
      title: `About ${SENTINEL}`,
      isPrivate: true,
    });
    const [revision] = (await call(core, 'notes.revisions', { noteId: note.id })).revisions;
    expect(JSON.stringify((await call(core, 'notes.revision', { noteId: note.id, revisionId: revision!.id })).doc)).toContain(SENTINEL);
    await call(core, 'notes.sign', { id: note.id, baseRevision: saved.revision, signerName: 'Dr. Example' });
    await call(core, 'notes.addAddendum', { noteId: note.id, text: `Addendum ${SENTINEL}` });
    expect((await call(core, 'search.query', { query: 'quokka', includePrivate: true })).results.map((result) => result.id).sort()).toEqual(
      [homework.id, note.id].sort(),
    );

    // The FTS index stores tokens folded to lower case: look for those too.
    const tokens = SENTINEL.toLowerCase()
      .split('-')
      .filter((token) => token !== 'sentinel');
    const needles = [SENTINEL, ...tokens].flatMap(encodings);
    expect(readVaultFolder(dir).has('kap.db-wal')).toBe(true);
    expectNoFileContains(dir, needles);

    core.lock('user');
    expect(readVaultFolder(dir).get('kap.db-wal')?.length ?? 0).toBe(0);
    expectNoFileContains(dir, needles);
  });

  vaultTest(
    'fails cleanly, changing nothing, when any byte of vault.json and of its mirror is flipped',
    async ({ vaultCopies }) => {
      core.lock('user');
      // A flip in the passphrase's wrap reads as a wrong passphrase, hundreds in a row: a clock past every wait keeps the backoff (decision 0054) out of it.
      let clock = Date.now();
      const flipped = vaultCopies.open(dir, { now: () => (clock += LONGEST_WAIT_MS) });
      const path = join(dir, 'vault.json');
      const mirror = join(dir, 'vault.mirror.json');
      const original = readFileSync(path);
      expect(readFileSync(mirror).equals(original)).toBe(true);
      const databaseBefore = readFileSync(join(dir, 'kap.db'));
      const outcomes = new Set<string>();
      for (let i = 0; i < original.length; i++) {
        const damaged = Buffer.from(original);
        damaged[i] = damaged[i]! ^ 0x01;
        writeFileSync(path, damaged);
        writeFileSync(mirror, damaged);
        const result = await flipped.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE });
        if (result.ok) throw new Error(`unlock succeeded with byte ${i} flipped`);
        expect(['VAULT_DAMAGED', 'WRONG_SECRET']).toContain(result.error.code);
        outcomes.add(result.error.code);
        expect(flipped.idleLockMinutes()).toBeNull();
      }
      expect(outcomes).toEqual(new Set(['VAULT_DAMAGED', 'WRONG_SECRET']));
      expect(readFileSync(join(dir, 'kap.db')).equals(databaseBefore)).toBe(true);

      writeFileSync(path, original);
      writeFileSync(mirror, original);
      await call(flipped, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    },
    300_000,
  );

  vaultTest('reports a truncated or missing key file and mirror clearly, never as "no vault here"', async () => {
    core.lock('user');
    for (const name of ['vault.json', 'vault.mirror.json']) writeFileSync(join(dir, name), '{"format":"kap-companion-vault"');
    expect(await core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'VAULT_DAMAGED' } });
    for (const name of ['vault.json', 'vault.mirror.json']) removeDir(join(dir, name));
    expect(await call(core, 'vault.status')).toEqual({ state: 'key-missing' });
    expect(await core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'VAULT_INCOMPLETE' } });
  });
});
