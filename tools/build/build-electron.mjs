// Bundles the Electron main process and the preload into dist/electron/ as CommonJS.
// The preload must be CommonJS (a sandboxed preload cannot be an ES module) and may require
// nothing but `electron`; the main bundle leaves Electron and the two native modules external.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const outdir = 'dist/electron';

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
function assertPreloadRequiresOnlyElectron(metafile) {
  const output = metafile.outputs[`${outdir}/preload.cjs`];
  const required = output.imports.filter((entry) => entry.external).map((entry) => entry.path);
  const unexpected = required.filter((name) => name !== 'electron');
  if (unexpected.length > 0) throw new Error(`preload.cjs requires ${unexpected.join(', ')}; a sandboxed preload may require only electron`);
}

rmSync(`${repoRoot}/${outdir}`, { recursive: true, force: true });

await build({
  ...common,
  entryPoints: { main: 'electron/main/main.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  platform: 'node',
  target: 'node22',
  // pdfkit reads its font metrics from files beside its own code, so it must load from node_modules.
  external: ['electron', 'better-sqlite3-multiple-ciphers', '@node-rs/argon2', 'pdfkit'],
});

const preload = await build({
  ...common,
  entryPoints: { preload: 'electron/preload/preload.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  platform: 'browser',
  target: 'chrome130',
  external: ['electron'],
});
assertPreloadRequiresOnlyElectron(preload.metafile);

console.log(`built ${outdir}/main.cjs and ${outdir}/preload.cjs`);
