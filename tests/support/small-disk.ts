import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A tmpfs of a few MiB: a disk that can fill up or turn read-only, for damage tests. */
export interface SmallDisk {
  dir: string;
  readOnly: () => void;
  writable: () => void;
  unmount: () => void;
}

/** Mounts a small tmpfs (needs root); null where mounting is refused, so tests can skip and say why. */
/** `size` as tmpfs takes it: '8m', '48k'. */
export function mountSmallDisk(size: `${number}${'k' | 'm'}`): SmallDisk | null {
  const dir = mkdtempSync(join(tmpdir(), 'kap-small-disk-'));
  const mount = (...args: string[]) => execFileSync('mount', args, { stdio: 'ignore' });
  try {
    mount('-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir);
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    readOnly: () => mount('-o', 'remount,ro', dir),
    writable: () => mount('-o', 'remount,rw', dir),
    unmount() {
      execFileSync('umount', [dir], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const SMALL_DISK_SKIPPED = 'mounting a tmpfs was refused here (it needs root): the full-disk and read-only cases did not run';
