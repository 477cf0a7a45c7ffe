import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Compares dotted numeric versions; prerelease tags count as below their release. */
function compareVersions(a: string, b: string): number {
  const parse = (version: string) => {
    const [core, prerelease] = version.split('-', 2);
    return { parts: core!.split('.').map(Number), prerelease: prerelease !== undefined };
  };
  const [left, right] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) {
    const difference = (left.parts[i] ?? 0) - (right.parts[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return Number(right.prerelease) - Number(left.prerelease);
}

describe('editor dependencies', () => {
  it('compares versions the way the check below needs', () => {
    expect(compareVersions('1.42.3', '1.42.3')).toBe(0);
    expect(compareVersions('1.42.2', '1.42.3')).toBeLessThan(0);
    expect(compareVersions('1.9.9', '1.42.3')).toBeLessThan(0);
    expect(compareVersions('1.43.0', '1.42.3')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '1.42.3')).toBeGreaterThan(0);
    expect(compareVersions('1.42.3-beta.1', '1.42.3')).toBeLessThan(0);
  });

  it('installs prosemirror-view 1.42.3 or later, including any copy nested under tiptap', () => {
    const manifests = ['../../node_modules/prosemirror-view/package.json', '../../node_modules/@tiptap/pm/node_modules/prosemirror-view/package.json']
      .map((relative) => fileURLToPath(new URL(relative, import.meta.url)))
      .filter((path) => existsSync(path));
    expect(manifests.length).toBeGreaterThanOrEqual(1);
    for (const path of manifests) {
      const { name, version } = JSON.parse(readFileSync(path, 'utf8')) as { name: string; version: string };
      expect(name).toBe('prosemirror-view');
      expect(version).toMatch(/^\d+\.\d+\.\d+/);
      expect(compareVersions(version, '1.42.3'), `prosemirror-view ${version} at ${path}`).toBeGreaterThanOrEqual(0);
    }
  });

  it('pins 1.42.3 or later in the lockfile, which is what a fresh `npm ci` installs', () => {
    const lock = JSON.parse(readFileSync(fileURLToPath(new URL('../../package-lock.json', import.meta.url)), 'utf8')) as {
      packages: Record<string, { version?: string }>;
    };
    const entries = Object.entries(lock.packages).filter(([path]) => path.endsWith('node_modules/prosemirror-view'));
    expect(entries.length).toBeGreaterThanOrEqual(1);
    for (const [path, entry] of entries) expect(compareVersions(entry.version ?? '0.0.0', '1.42.3'), path).toBeGreaterThanOrEqual(0);
  });
});
