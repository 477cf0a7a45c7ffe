// Bundles the Electron main process, its backup worker and the preload into dist/electron/ as CommonJS.
// The preload must be CommonJS (a sandboxed preload cannot be an ES module) and may require
// nothing but `electron`; the main bundle leaves Electron and the native modules external.
// The backup worker (electron/handlers/backups/backup-worker.ts) is a second Node bundle beside
// main.cjs: the main process starts it by a path it resolves relative to its own file.
import { build } from 'esbuild';
import { existsSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The Node-side entry points, by output name: `backup-worker` must match BUNDLED_WORKER_FILE in backup-worker-client.ts. */
export const NODE_ENTRY_POINTS = {
  main: 'electron/main/main.ts',
  'backup-worker': 'electron/handlers/backups/backup-worker.ts',
};

/** Left to node_modules: pdfkit reads its font metrics from files beside its own code, and the native modules load from there. */
export const NODE_EXTERNALS = ['electron', 'better-sqlite3-multiple-ciphers', '@node-rs/argon2', 'pdfkit'];

/**
 * CommonJS has no import.meta; each Node bundle defines import.meta.url as its own file's URL, so
 * code that resolves a file beside itself (the backup worker) finds it beside the bundle.
 */
const BUNDLE_URL = '__kapBundleUrl';
const BUNDLE_URL_BANNER = `const ${BUNDLE_URL} = require('node:url').pathToFileURL(__filename).href;`;

const common = {
  absWorkingDir: repoRoot,
  bundle: true,
  format: 'cjs',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  sourcemap: false,
};

/** A sandboxed preload can only require `electron`; fail the build if it needs anything else. */
function assertPreloadRequiresOnlyElectron(metafile, outdir) {
  const output = metafile.outputs[`${outdir}/preload.cjs`];
  const required = output.imports.filter((entry) => entry.external).map((entry) => entry.path);
  const unexpected = required.filter((name) => name !== 'electron');
  if (unexpected.length > 0) throw new Error(`preload.cjs requires ${unexpected.join(', ')}; a sandboxed preload may require only electron`);
}

/** Builds every bundle into `outdir` (relative to the repository, or absolute); returns the files written. */
export async function buildElectron({ outdir = 'dist/electron', preload = true } = {}) {
  rmSync(path.resolve(repoRoot, outdir), { recursive: true, force: true });
  const node = await build({
    ...common,
    entryPoints: NODE_ENTRY_POINTS,
    outdir,
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    target: 'node22',
    external: NODE_EXTERNALS,
    define: { 'import.meta.url': BUNDLE_URL },
    banner: { js: BUNDLE_URL_BANNER },
  });
  const outputs = Object.keys(node.metafile.outputs);
  if (preload) {
    const built = await build({
      ...common,
      entryPoints: { preload: 'electron/preload/preload.ts' },
      outdir,
      outExtension: { '.js': '.cjs' },
      platform: 'browser',
      target: 'chrome130',
      external: ['electron'],
    });
    assertPreloadRequiresOnlyElectron(built.metafile, outdir);
    outputs.push(...Object.keys(built.metafile.outputs));
  }
  return outputs;
}

/** True when node runs this file as its entry point, false when a test imports it. */
function isEntryPoint() {
  const entry = process.argv[1];
  return entry !== undefined && existsSync(entry) && import.meta.url === pathToFileURL(realpathSync(entry)).href;
}

if (isEntryPoint()) {
  const outputs = await buildElectron();
  console.log(`built ${outputs.join(', ')}`);
}
