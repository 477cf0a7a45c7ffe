import { basename } from 'node:path';
import { RpcFailure } from '../../../shared/contract/errors';
import type { HandlerContext } from '../../rpc/handler-types';
import { writeExportFile } from './write-export-file';

/** A file made to leave the vault: its bytes and the name and extension the save dialog suggests. */
export interface MadeFile {
  content: Buffer | string;
  suggestedFileName: string;
  extension: string;
}

/**
 * How every file leaves the vault: the passphrase first (nothing is read or asked before it is
 * right), then the file is made, then the save dialog, then the write. Locking meanwhile writes
 * nothing. `alongside` runs in the same transaction as the write, so what it records stands only
 * if the file was written. Answers the file's name (never its folder) and when it was made.
 */
export async function saveAfterPassphrase(
  context: HandlerContext,
  passphrase: string,
  make: (madeAt: number) => Promise<MadeFile>,
  alongside: (madeAt: number) => void = () => undefined,
): Promise<{ saved: boolean; fileName: string | null; madeAt: number }> {
  context.records();
  await context.vault.verifyPassphrase(passphrase);
  const madeAt = context.now();
  const file = await make(madeAt);
  const path = await context.platform.chooseSaveFile({ suggestedFileName: file.suggestedFileName, extension: file.extension });
  if (path === null) return { saved: false, fileName: null, madeAt };
  if (context.vault.state !== 'unlocked') throw new RpcFailure('LOCKED', 'The vault locked before the file was written. Nothing was saved.');
  const store = context.records();
  store.transaction(() => {
    alongside(madeAt);
    writeExportFile(path, file.content);
  });
  return { saved: true, fileName: basename(path), madeAt };
}
