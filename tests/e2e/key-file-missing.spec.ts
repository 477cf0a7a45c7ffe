import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createLockedVault, expect, expectAccessible, passphraseField, PASSPHRASE, seedClient, test, uniqueName, unlockInMain } from './fixtures';

test('records without a key file: never offered as a new vault, and a copy of the key file brings them back', async ({ page, server, filesDir }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Perpetua');
  await seedClient(server, { displayName: name });
  server.core.lock('user');
  const vaultDir = server.vaultDir;
  // A copy kept elsewhere (a backup folder, a synced copy); then both key files in the vault are lost.
  copyFileSync(join(vaultDir, 'vault.json'), join(filesDir, 'vault.json'));
  for (const file of ['vault.json', 'vault.mirror.json']) rmSync(join(vaultDir, file));

  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'The vault’s key file is missing' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Your records are still in this vault folder');
  await expect(page.getByRole('button', { name: /create/i })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Restore from a backup…' })).toBeVisible();
  await expectAccessible(page, 'key file missing');
  if (process.env.KAP_SCREENSHOTS) await page.screenshot({ path: `${process.env.KAP_SCREENSHOTS}/key-file-missing.png` });

  await passphraseField(page).fill('not the passphrase at all, sorry');
  await page.getByRole('button', { name: 'Choose the key file’s folder…' }).click();
  await expect(passphraseField(page)).toHaveAccessibleDescription(/does not open the key file in that folder/);

  await passphraseField(page).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Choose the key file’s folder…' }).click();
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Active clients' })).toContainText(name);
});
