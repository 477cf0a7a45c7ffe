import path from 'node:path';

export interface AppPathInputs {
  /** The folder holding package.json and dist/ (the repo, or app.asar when packaged). */
  appRoot: string;
  isPackaged: boolean;
  /** `process.resourcesPath`: where extraResources land in a packaged app. */
  resourcesPath: string;
  userDataDir: string;
  env: Readonly<Record<string, string | undefined>>;
}

export interface AppPaths {
  rendererDir: string;
  preloadPath: string;
  vaultDir: string;
  /** The SQLite driver built for Electron's ABI (node_modules holds Node's build, for tests). */
  nativeBinding: string;
}

export function resolveAppPaths(inputs: AppPathInputs): AppPaths {
  // KAP_VAULT_DIR lets the smoke suite use a throwaway vault; a packaged app ignores it, so the
  // real vault's location never depends on the environment it was launched from.
  const vaultOverride = inputs.isPackaged ? undefined : inputs.env.KAP_VAULT_DIR;
  return {
    rendererDir: path.join(inputs.appRoot, 'dist', 'renderer'),
    preloadPath: path.join(inputs.appRoot, 'dist', 'electron', 'preload.cjs'),
    vaultDir: vaultOverride ? path.resolve(vaultOverride) : path.join(inputs.userDataDir, 'vault'),
    nativeBinding: inputs.isPackaged
      ? path.join(inputs.resourcesPath, 'native', 'better_sqlite3.node')
      : path.join(inputs.appRoot, '.native', 'electron', 'better_sqlite3.node'),
  };
}
