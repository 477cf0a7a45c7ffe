import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

type FuseName = keyof typeof FuseV1Options;

/**
 * The value every fuse must have in the app we ship. Typed over every fuse @electron/fuses knows,
 * so upgrading it to one that knows a new fuse fails the typecheck until the new one is decided here.
 */
const SAFE_FUSES: Record<FuseName, boolean> = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
};

const FUSE_NAMES = Object.keys(SAFE_FUSES) as FuseName[];
/** A fuse's byte in Electron's binary: ASCII '1' when enabled, '0' when disabled ('r' removed). */
const ENABLED = '1'.charCodeAt(0);
const DISABLED = '0'.charCodeAt(0);

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
/** Where `npm run package` leaves the unpacked app's executable, per platform (electron-builder.yml's names). */
const PACKAGED_EXECUTABLES = [
  'release/linux-unpacked/kap-companion',
  'release/win-unpacked/KAP Companion.exe',
  'release/mac/KAP Companion.app',
  'release/mac-arm64/KAP Companion.app',
  'release/mac-universal/KAP Companion.app',
].map((relative) => join(projectDir, relative));

type Fuses = Partial<Record<FuseName, boolean>>;

/** The fuses as the packaged binary holds them, read with @electron/fuses. */
async function readPackagedFuses(executable: string): Promise<Fuses> {
  const wire = await getCurrentFuseWire(executable);
  expect(wire.version).toBe(FuseVersion.V1);
  const states = wire as unknown as Record<number, number>;
  const fuses: Fuses = {};
  for (const name of FUSE_NAMES) {
    const state = states[FuseV1Options[name]];
    if (state === ENABLED || state === DISABLED) fuses[name] = state === ENABLED;
  }
  return fuses;
}

/** The fuses electron-builder would flip, from electron-builder.yml through its own config loader. */
async function readConfiguredFuses(): Promise<Fuses> {
  const config = await getConfig(projectDir, 'electron-builder.yml', null);
  const configured = (config.electronFuses ?? {}) as Record<string, boolean | undefined>;
  return Object.fromEntries(FUSE_NAMES.map((name) => [name, configured[name.charAt(0).toLowerCase() + name.slice(1)]]));
}

/** A binary holding nothing but a fuse wire, laid out as Electron's is: sentinel, version, length, one byte per fuse. */
function writeFuseWire(path: string, states: Record<FuseName, boolean>): void {
  const wire = FUSE_NAMES.map((name) => [FuseV1Options[name], states[name] ? ENABLED : DISABLED] as const).sort(([a], [b]) => a - b);
  const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
  writeFileSync(path, Buffer.concat([Buffer.alloc(64), sentinel, Buffer.from([1, wire.length, ...wire.map(([, state]) => state)]), Buffer.alloc(64)]));
}

describe('Electron fuses', () => {
  it('are each at their safe value in what ships: the packaged app where there is one, electron-builder.yml otherwise', async () => {
    const executable = PACKAGED_EXECUTABLES.find((path) => existsSync(path));
    const fuses = executable ? await readPackagedFuses(executable) : await readConfiguredFuses();
    console.info(executable ? `fuses read from the packaged app: ${executable}` : 'fuses read from electron-builder.yml: no packaged app here');
    expect(fuses).toEqual(SAFE_FUSES);
  });

  it('are read from a binary the way @electron/fuses finds them', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kap-fuses-'));
    try {
      const binary = join(folder, 'electron');
      writeFuseWire(binary, SAFE_FUSES);
      expect(await readPackagedFuses(binary)).toEqual(SAFE_FUSES);
      const runsAsNode = { ...SAFE_FUSES, RunAsNode: true };
      writeFuseWire(binary, runsAsNode);
      expect(await readPackagedFuses(binary)).toEqual(runsAsNode);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
