import { existsSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type PreviewServer, startPreviewServer } from '../preview/preview-server';
import { withTempDir } from './temp-dir';

/**
 * The build under test: dist/renderer, or the folder in KAP_RENDERER_DIR (as the end-to-end tests
 * honour it), so a bench run can use its own build while others work on dist/renderer.
 */
export function builtRendererDir(): string {
  return process.env.KAP_RENDERER_DIR || 'dist/renderer';
}
const SNAPSHOT_ATTEMPTS = 10;

/**
 * The built renderer over the real dispatch() on `vaultDir`, closed after `work`. It serves a copy
 * of the build (see builtRendererDir): the server reads index.html once, so a rebuild elsewhere
 * during a long run (new asset names) would otherwise leave the page asking for files that no
 * longer exist. `now` is main's clock, for a bench that must write a past as it happened.
 */
export function withPreview<T>(vaultDir: string, work: (server: PreviewServer) => Promise<T>, options: { now?: () => number } = {}): Promise<T> {
  return withTempDir(async (dir) => {
    const rendererDir = join(dir, 'renderer');
    await snapshotRenderer(rendererDir);
    const server = await startPreviewServer({ vaultDir, rendererDir, now: options.now });
    try {
      return await work(server);
    } finally {
      await server.close();
    }
  });
}

/** Copies the build, retrying while a rebuild is half-written (index.html naming files the copy lacks). */
async function snapshotRenderer(target: string): Promise<void> {
  const built = builtRendererDir();
  for (let attempt = 1; attempt <= SNAPSHOT_ATTEMPTS; attempt++) {
    if (existsSync(built)) await cp(resolve(built), target, { recursive: true, force: true });
    if (await isComplete(target)) return;
    await new Promise((resolveWait) => setTimeout(resolveWait, 1000));
  }
  throw new Error(`${built} is missing or incomplete; run npm run build:renderer (or build into the folder KAP_RENDERER_DIR names)`);
}

async function isComplete(rendererDir: string): Promise<boolean> {
  const indexPath = join(rendererDir, 'index.html');
  if (!existsSync(indexPath)) return false;
  const html = await readFile(indexPath, 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((match) => match[1]!);
  return referenced.every((file) => existsSync(join(rendererDir, file)));
}
