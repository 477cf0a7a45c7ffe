import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { RpcFailure } from '../../../shared/contract/errors';
import { storageFailure } from '../../rpc/storage-failure';

/**
 * Writes an export beside its final name and renames it into place once flushed, so a full disk
 * or a pulled drive leaves no half file that looks complete. Owner-only (0600): it is PHI.
 * Failures answer a closed code whose message names neither the path nor any content.
 */
export function writeExportFile(path: string, content: Buffer | string): void {
  const partial = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    const fd = openSync(partial, 'wx', 0o600);
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw exportFailure(error);
  }
}

function exportFailure(error: unknown): unknown {
  const failure = storageFailure(error);
  if (failure?.code === 'DISK_FULL')
    return new RpcFailure('DISK_FULL', 'The disk is full, so the export was not saved. Free some space or choose another place.');
  if (failure?.code === 'READ_ONLY')
    return new RpcFailure('READ_ONLY', 'That folder cannot be written to (read-only, or no permission). The export was not saved; choose another place.');
  if (failure) return failure;
  return error;
}
