import { closeSync, fdatasyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What one durable write costs on this disk: `count` appends of `bytes` to a file in `dir`, each
 * followed by fdatasync, as a WAL commit under synchronous=FULL does. Returns each sync's time (ms).
 */
export function timeDataSyncs(dir: string, bytes: number, count: number): number[] {
  const path = join(dir, 'sync-probe.bin');
  const block = Buffer.alloc(bytes, 0x5a);
  const fd = openSync(path, 'w', 0o600);
  try {
    const samples: number[] = [];
    for (let index = 0; index < count; index++) {
      writeSync(fd, block);
      const started = performance.now();
      fdatasyncSync(fd);
      samples.push(performance.now() - started);
    }
    return samples;
  } finally {
    closeSync(fd);
    rmSync(path, { force: true });
  }
}
