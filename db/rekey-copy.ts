import { closeSync, existsSync, fsyncSync, openSync, rmSync } from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';
import { vacuumInto } from './backup-copy';
import { isDatabaseKey, openKeyedDatabase } from './open-database';

/**
 * Writes a copy of the open database at `targetPath`, re-encrypted under `newKey`, and proves that
 * only the new key opens it. The live file is never rekeyed in place: until the copy is renamed
 * over it, the vault as it was stays whole. SQLite3MultipleCiphers refuses `PRAGMA rekey` in WAL
 * mode, so the copy is switched to a rollback journal first (docs/decisions/0010-key-rotation-by-rekeyed-copy.md).
 */
export function writeRekeyedCopy(
  source: Database.Database,
  targetPath: string,
  keys: { oldKey: Uint8Array; newKey: Uint8Array },
  nativeBinding?: string,
): void {
  for (const stale of [targetPath, `${targetPath}-journal`, `${targetPath}-wal`, `${targetPath}-shm`]) {
    if (existsSync(stale)) rmSync(stale);
  }
  vacuumInto(source, targetPath);
  const copy = openKeyedDatabase(targetPath, keys.oldKey, { nativeBinding });
  try {
    copy.pragma('journal_mode = DELETE');
    copy.pragma(`rekey = "x'${Buffer.from(keys.newKey).toString('hex')}'"`);
  } finally {
    copy.close();
  }
  if (!isDatabaseKey(targetPath, keys.newKey, { nativeBinding }) || isDatabaseKey(targetPath, keys.oldKey, { nativeBinding })) {
    rmSync(targetPath, { force: true });
    throw new Error('The re-encrypted copy did not open with the new key alone.');
  }
  const descriptor = openSync(targetPath, 'r+');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
