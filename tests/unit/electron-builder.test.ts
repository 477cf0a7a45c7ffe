import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util/out/DebugLogger';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Loaded and validated with electron-builder's own loader and schema, as `npm run package` would.
const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const config = await getConfig(projectDir, 'electron-builder.yml', null);

describe('electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('ships our Electron-ABI driver instead of rebuilding node_modules', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.extraResources).toEqual([{ from: '.native/electron/better_sqlite3.node', to: 'native/better_sqlite3.node' }]);
  });

  it('packs only the bundles, the renderer and package.json: never tools/, tests/ or sources', () => {
    // The loader normalises `files` to one FileSet whose filter is the list in the YAML.
    const [fileSet] = config.files as Array<{ filter: string[] }>;
    const included = (fileSet?.filter ?? []).filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual([
      'dist/electron/backup-worker.cjs',
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/renderer/**',
      'package.json',
    ]);
  });

  it('publishes nowhere (no update feed: the app makes no network requests)', () => {
    expect(config.publish).toBeNull();
  });
});
