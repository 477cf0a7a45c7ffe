import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreviewServer } from '../preview/preview-server';
import { captureScreens } from './capture-screens';
import { seedDemoCaseload } from './demo-caseload';
import { createDemoClock } from './demo-clock';

/** Where the README finds them. */
const OUT_DIR = 'docs/screenshots';

/** `npm run screenshots`: a demo vault in a temp folder, its main screens as PNGs, then the folder is gone. */
async function main(): Promise<void> {
  const vaultDir = mkdtempSync(join(tmpdir(), 'kap-screenshots-'));
  const clock = createDemoClock();
  const server = await startPreviewServer({ vaultDir, rendererDir: process.env.KAP_RENDERER_DIR, now: clock.now });
  try {
    const demo = await seedDemoCaseload(server.client, clock);
    mkdirSync(OUT_DIR, { recursive: true });
    for (const path of await captureScreens(server, demo, OUT_DIR)) console.log(`wrote ${path}`);
  } finally {
    await server.close();
    rmSync(vaultDir, { recursive: true, force: true });
  }
}

await main();
