import { cpSync } from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';
import { test as base } from 'vitest';
import { type AppCore, type AppCoreOptions, createAppCore } from '../../electron/app-core';
import { silentLogger } from '../../electron/logger';
import { openRawDatabase, type RawDatabaseOptions } from './raw-database';
import { call, createVault, makeTempDir, removeDir } from './temp-vault';

/** What createAppCore gets beyond the folder and the silent logger: a clock, a platform, test seams. */
export type CoreOptions = Partial<Omit<AppCoreOptions, 'vaultDir'>>;

/** A vault created, confirmed and unlocked with STRONG_PASSPHRASE. */
export interface OpenVault {
  dir: string;
  core: AppCore;
  /** The recovery code as shown at creation. */
  recoveryCode: string;
}

/** A vault made once per file and closed, holding one client per `templateClients` name; tests copy it, never open it. */
export interface TemplateVault {
  dir: string;
  recoveryCode: string;
}

/** Copies of vault folders and cores on them; every core closed and every folder removed after the test. */
export interface VaultCopies {
  /** A fresh temp folder holding a copy of `source` (the template's folder or any other). Synchronous: a rotation step can take one mid-call. */
  copy: (source: string) => string;
  /** An AppCore on `dir`, with these options (a test seam such as afterRotationStep). */
  open: (dir: string, options?: CoreOptions) => AppCore;
}

/** Opens the vault's database beside the core (tests/support/raw-database.ts); closed after the test. */
export type OpenRaw = (options?: RawDatabaseOptions) => Promise<Database.Database>;

/**
 * The one vault fixture of the integration tests. Ask for what the test needs; cleanup is the fixture's:
 *
 *   vaultDir     a fresh temp folder, removed afterwards
 *   coreOptions  {} unless a file or describe sets it: `vaultTest.override('coreOptions', { now: () => clock })`
 *   core         an AppCore on vaultDir (no vault yet), closed afterwards
 *   vault        { dir, core, recoveryCode }: the core with a vault created and unlocked
 *   openRaw      opens kap.db raw, with the key unwrapped from vault.json; every connection closed afterwards
 *
 * For suites that start each test from the same populated vault (vaultTest only; Argon2id and the
 * clients are made once per file, not per test):
 *
 *   templateClients  [] unless the file sets the names: `vaultTest.override('templateClients', { scope: 'file' }, names)`
 *   templateVault    { dir, recoveryCode }: made once per file with those clients, closed, removed after the file;
 *                    ask for it in `vaultTest.beforeAll(({ templateVault }) => ..., timeout)` when it is large
 *   vaultCopies      { copy(source), open(dir, options?) }: copies of it (or of any folder) and cores on them
 *
 * `vaultTest` sets these up per test (in test-level hooks too: `vaultTest.beforeEach(({ vault }) => ...)`);
 * `fileVaultTest` once per file, for suites that build up one vault across their tests (its hooks
 * are `fileVaultTest.beforeAll(({ vault }) => ...)`).
 */
export const vaultTest = base
  .extend('coreOptions', {} as CoreOptions)
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern
  .extend('vaultDir', async ({}, { onCleanup }) => tempFolder(onCleanup))
  .extend('core', async ({ vaultDir, coreOptions }, { onCleanup }) => newCore(vaultDir, coreOptions, onCleanup))
  .extend('vault', async ({ vaultDir, core }) => openVault(vaultDir, core))
  .extend('openRaw', async ({ vaultDir }, { onCleanup }) => rawOpener(vaultDir, onCleanup))
  .extend('templateClients', { scope: 'file' }, [] as readonly string[])
  .extend('templateVault', { scope: 'file' }, async ({ templateClients }, { onCleanup }) => templateVault(templateClients, onCleanup))
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern
  .extend('vaultCopies', async ({}, { onCleanup }) => vaultCopies(onCleanup));

export const fileVaultTest = base
  .extend('coreOptions', { scope: 'file' }, {} as CoreOptions)
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern
  .extend('vaultDir', { scope: 'file' }, async ({}, { onCleanup }) => tempFolder(onCleanup))
  .extend('core', { scope: 'file' }, async ({ vaultDir, coreOptions }, { onCleanup }) => newCore(vaultDir, coreOptions, onCleanup))
  .extend('vault', { scope: 'file' }, async ({ vaultDir, core }) => openVault(vaultDir, core))
  .extend('openRaw', { scope: 'file' }, async ({ vaultDir }, { onCleanup }) => rawOpener(vaultDir, onCleanup));

type OnCleanup = (cleanup: () => void | Promise<void>) => void;

function tempFolder(onCleanup: OnCleanup): string {
  const dir = makeTempDir();
  onCleanup(() => removeDir(dir));
  return dir;
}

function newCore(vaultDir: string, options: CoreOptions, onCleanup: OnCleanup): AppCore {
  const core = createAppCore({ logger: silentLogger, ...options, vaultDir });
  onCleanup(() => core.close());
  return core;
}

async function openVault(dir: string, core: AppCore): Promise<OpenVault> {
  return { dir, core, recoveryCode: await createVault(core) };
}

async function templateVault(clients: readonly string[], onCleanup: OnCleanup): Promise<TemplateVault> {
  const dir = tempFolder(onCleanup);
  const core = createAppCore({ vaultDir: dir, logger: silentLogger });
  try {
    const recoveryCode = await createVault(core);
    for (const displayName of clients) await call(core, 'clients.create', { displayName });
    return { dir, recoveryCode };
  } finally {
    await core.close();
  }
}

function vaultCopies(onCleanup: OnCleanup): VaultCopies {
  const folders: string[] = [];
  const cores: AppCore[] = [];
  onCleanup(async () => {
    for (const core of cores.splice(0)) await core.close();
    for (const folder of folders.splice(0)) removeDir(folder);
  });
  return {
    copy: (source) => {
      const dir = makeTempDir();
      folders.push(dir);
      cpSync(source, dir, { recursive: true });
      return dir;
    },
    open: (dir, options = {}) => {
      const core = createAppCore({ logger: silentLogger, ...options, vaultDir: dir });
      cores.push(core);
      return core;
    },
  };
}

function rawOpener(vaultDir: string, onCleanup: OnCleanup): OpenRaw {
  const opened: Database.Database[] = [];
  onCleanup(() => {
    for (const db of opened.splice(0)) db.close();
  });
  return async (options) => {
    const db = await openRawDatabase(vaultDir, options);
    opened.push(db);
    return db;
  };
}
