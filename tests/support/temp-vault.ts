import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppCore, createAppCore } from '../../electron/app-core';
import { createCoreClient } from '../../electron/core-client';
import { silentLogger } from '../../electron/logger';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/index';
import { STRONG_PASSPHRASE } from './passphrases';

export function makeTempDir(prefix = 'kap-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function newCore(vaultDir: string): AppCore {
  return createAppCore({ vaultDir, logger: silentLogger });
}

/** Calls a method and returns its value; otherwise throws the RpcError (its code, message and method fail the test). */
export function call<M extends MethodName>(core: AppCore, method: M, input: MethodInput<M> = {} as MethodInput<M>): Promise<MethodOutput<M>> {
  return createCoreClient(core).call(method, input);
}

/** Creates and confirms a vault; returns the recovery code as shown. */
export async function createVault(core: AppCore, passphrase = STRONG_PASSPHRASE): Promise<string> {
  const shown = await call(core, 'vault.create', { passphrase });
  const group = shown.recoveryCode.split('-')[shown.confirmGroup - 1]!;
  await call(core, 'vault.confirmCreate', { group });
  return shown.recoveryCode;
}

/** Every file in the vault folder, by name. */
export function readVaultFolder(vaultDir: string): Map<string, Buffer> {
  return new Map(readdirSync(vaultDir).map((name) => [name, readFileSync(join(vaultDir, name))]));
}
