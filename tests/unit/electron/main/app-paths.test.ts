import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AppPathInputs, resolveAppPaths } from '../../../../electron/main/app-paths';

const dev: AppPathInputs = { appRoot: '/repo', isPackaged: false, resourcesPath: '/electron/resources', userDataDir: '/home/t/.config/KAP Companion', env: {} };
const packaged: AppPathInputs = { ...dev, appRoot: '/opt/kap/resources/app.asar', isPackaged: true, resourcesPath: '/opt/kap/resources' };

describe('resolveAppPaths', () => {
  it('finds the renderer and preload under the app root', () => {
    const paths = resolveAppPaths(dev);
    expect(paths.rendererDir).toBe(path.join('/repo', 'dist', 'renderer'));
    expect(paths.preloadPath).toBe(path.join('/repo', 'dist', 'electron', 'preload.cjs'));
  });

  it('keeps the vault in userData/vault', () => {
    expect(resolveAppPaths(dev).vaultDir).toBe(path.join('/home/t/.config/KAP Companion', 'vault'));
  });

  it('loads the Electron-ABI driver from .native in development and from resources when packaged', () => {
    expect(resolveAppPaths(dev).nativeBinding).toBe(path.join('/repo', '.native', 'electron', 'better_sqlite3.node'));
    expect(resolveAppPaths(packaged).nativeBinding).toBe(path.join('/opt/kap/resources', 'native', 'better_sqlite3.node'));
  });

  it('lets KAP_VAULT_DIR move the vault in development only', () => {
    expect(resolveAppPaths({ ...dev, env: { KAP_VAULT_DIR: '/tmp/smoke-vault' } }).vaultDir).toBe(path.resolve('/tmp/smoke-vault'));
    expect(resolveAppPaths({ ...packaged, env: { KAP_VAULT_DIR: '/tmp/smoke-vault' } }).vaultDir).toBe(path.join('/home/t/.config/KAP Companion', 'vault'));
  });
});
