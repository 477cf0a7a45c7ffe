import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startPreviewServer } from './preview-server';

const vaultArgument = process.argv[2];
if (!vaultArgument) {
  process.stderr.write('Usage: npm run preview -- <vault folder>\n');
  process.exit(2);
}
const vaultDir = resolve(vaultArgument);
mkdirSync(vaultDir, { recursive: true, mode: 0o700 });

const server = await startPreviewServer({ vaultDir, verbose: true });
process.stdout.write(`KAP Companion preview (loopback only). Open:\n  ${server.url}\nPress Ctrl+C to lock the vault and stop.\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
