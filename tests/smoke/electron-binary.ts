import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const electronPackageDir = fileURLToPath(new URL('../../node_modules/electron', import.meta.url));

/**
 * The Electron executable, or null if it is not installed. Mirrors the lookup in
 * node_modules/electron/index.js without its side effect: `require('electron')` tries to
 * download a missing binary, which on a machine without access to Electron's downloads fails
 * slowly instead of saying "not installed".
 */
export function findElectronBinary(): string | null {
  const pathFile = path.join(electronPackageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? path.join(override, relative ?? 'electron') : relative ? path.join(electronPackageDir, 'dist', relative) : null;
  return candidate !== null && existsSync(candidate) ? candidate : null;
}
