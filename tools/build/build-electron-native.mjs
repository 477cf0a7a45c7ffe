// Builds better-sqlite3-multiple-ciphers for Electron's ABI into .native/electron/, from a copy
// of the package's sources. node_modules/better-sqlite3-multiple-ciphers/build keeps Node's
// build, which the tests load; the app loads .native/electron/better_sqlite3.node through the
// driver's `nativeBinding` option. A stamp records what the binary was built for, so the
// (slow) rebuild only runs when Electron, the driver or the platform changes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/** npm config that node-gyp would read from the environment and let override the command line. */
const BUILD_TARGET_CONFIG = new Set(['nodedir', 'target', 'runtime', 'disturl', 'dist-url', 'arch']);

/** What a binary is built for. Every field must match the stamp for the binary to be reused. */
export function buildTarget({ electronVersion, moduleVersion, driverVersion, platform, arch }) {
  return { electronVersion, moduleVersion, driverVersion, platform, arch };
}

/** True unless the binary exists and its stamp records exactly `target`. */
export function needsRebuild(stamp, target, binaryExists) {
  if (!binaryExists || stamp === null || typeof stamp !== 'object') return true;
  return Object.keys(target).some((key) => stamp[key] !== target[key]);
}

/**
 * The environment for node-gyp without npm config that would change what it builds for
 * (e.g. a user-level `nodedir=/usr` would silently build against Node's headers).
 */
export function nodeGypEnvironment(env) {
  return Object.fromEntries(
    Object.entries(env).filter(([key]) => {
      const match = /^npm_config_(.+)$/i.exec(key) ?? /^npm_package_config_node_gyp_(.+)$/i.exec(key);
      return match === null || !BUILD_TARGET_CONFIG.has(match[1].toLowerCase().replaceAll('_', '-'));
    }),
  );
}

function readStamp(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function main() {
  const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
  const driverDir = path.join(repoRoot, 'node_modules', 'better-sqlite3-multiple-ciphers');
  const electronDir = path.join(repoRoot, 'node_modules', 'electron');
  const outDir = path.join(repoRoot, '.native', 'electron');
  const sourceDir = path.join(outDir, 'src');
  const binaryPath = path.join(outDir, 'better_sqlite3.node');
  const stampPath = path.join(outDir, 'stamp.json');

  const target = buildTarget({
    electronVersion: readJson(path.join(electronDir, 'package.json')).version,
    moduleVersion: readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim(),
    driverVersion: readJson(path.join(driverDir, 'package.json')).version,
    platform: process.platform,
    arch: process.arch,
  });
  const described = `Electron ${target.electronVersion} (module version ${target.moduleVersion}, ${target.platform}-${target.arch})`;

  if (!needsRebuild(readStamp(stampPath), target, existsSync(binaryPath))) {
    console.log(`native:electron: better_sqlite3.node is up to date for ${described}`);
    return;
  }

  console.log(`native:electron: building better-sqlite3-multiple-ciphers ${target.driverVersion} for ${described}`);
  rmSync(binaryPath, { force: true });
  rmSync(stampPath, { force: true });
  rmSync(sourceDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // Copy the sources only: the package's own build/ (Node's ABI) stays where it is.
  cpSync(driverDir, sourceDir, {
    recursive: true,
    filter: (source) => !['build', 'node_modules'].includes(path.relative(driverDir, source)),
  });

  const nodeGyp = path.join(repoRoot, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const result = spawnSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${target.electronVersion}`,
      `--arch=${target.arch}`,
      `--dist-url=${ELECTRON_HEADERS_URL}`,
    ],
    { cwd: sourceDir, stdio: 'inherit', env: nodeGypEnvironment(process.env) },
  );
  if (result.status !== 0) {
    console.error(
      [
        '',
        `native:electron: FAILED to build better-sqlite3-multiple-ciphers for ${described}.`,
        `  node-gyp needs Electron's headers from ${ELECTRON_HEADERS_URL} (a network download, cached`,
        '  after the first success) and a C++20 toolchain with Python. On a machine without access to',
        '  that URL this step cannot succeed; `npm start` and `npm run package` need it, the tests do not.',
        "  node_modules/better-sqlite3-multiple-ciphers/build (Node's build, used by the tests) was not touched.",
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
  copyFileSync(path.join(sourceDir, 'build', 'Release', 'better_sqlite3.node'), binaryPath);
  writeFileSync(stampPath, `${JSON.stringify(target, null, 2)}\n`);
  console.log(`native:electron: wrote ${path.relative(repoRoot, binaryPath)}`);
}

/** True when node runs this file as its entry point, false when a test imports it. */
function isEntryPoint() {
  const entry = process.argv[1];
  return entry !== undefined && existsSync(entry) && import.meta.url === pathToFileURL(realpathSync(entry)).href;
}

if (isEntryPoint()) main();
