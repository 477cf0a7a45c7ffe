import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startPreviewServer } from './preview-server';

const [vaultArgument, filesArgument] = process.argv.slice(2);
if (!vaultArgument) {
  process.stderr.write('Usage: npm run preview -- <vault folder> [<folder for backups and exports>]\n');
  process.exit(2);
}
const vaultDir = resolve(vaultArgument);
mkdirSync(vaultDir, { recursive: true, mode: 0o700 });
// The browser has no folder dialogs: backups and exports go to one folder, beside the vault by default.
const filesDir = resolve(filesArgument ?? `${vaultDir}-files`);
mkdirSync(filesDir, { recursive: true, mode: 0o700 });

const server = await startPreviewServer({ vaultDir, filesDir, verbose: true });
process.stdout.write(
  `KAP Companion preview (loopback only). Backups and exports go to ${filesDir}. Open:\n  ${server.url}\nPress Ctrl+C to lock the vault and stop.\n`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
