import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { createLockedVault, expect, expectAccessible, PASSPHRASE, passphraseField, seedClient, test, unlockInMain } from './fixtures';

/** Where screenshots go when KAP_SCREENSHOTS names a folder; without it none are taken. */
async function shot(target: Page | Locator, name: string): Promise<void> {
  const folder = process.env.KAP_SCREENSHOTS;
  if (folder) await target.screenshot({ path: `${folder}/${name}.png` });
}

test('back up from Settings, change records, restore the backup and see the old records', async ({ page, server, filesDir }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  await seedClient(server, { displayName: 'Robin Before-Backup' });
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();

  // The client list warns that there is no backup yet.
  await expect(page.getByRole('alert').filter({ hasText: 'No backups yet' })).toBeVisible();
  await expectAccessible(page, 'clients with the backup warning');
  await shot(page, 'backup-1-clients-warning');
  await page.getByRole('button', { name: 'Open backup settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  const section = page.getByRole('region', { name: 'Backups' });
  await section.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(section.getByText(filesDir, { exact: true })).toBeVisible();
  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Backup made and checked' })).toBeVisible();
  await expect(section.getByText('None yet')).toHaveCount(0);
  expect(readdirSync(filesDir).filter((name) => name.startsWith('kap-backup-'))).toHaveLength(1);
  await expectAccessible(page, 'settings: backups');
  await shot(section, 'backup-2-settings');

  // Change the records after the backup.
  await server.client.call('clients.create', { displayName: 'Added After-Backup' });

  await section.getByRole('button', { name: 'Restore from a backup…' }).click();
  await section.getByRole('button', { name: 'Choose backup folder…' }).click();
  const backups = section.getByRole('radiogroup', { name: 'Backup to restore' });
  await expect(backups.getByRole('radio')).toHaveCount(1);
  await expect(backups.getByRole('radio').first()).toBeChecked();
  await passphraseField(section, 'Backup passphrase').fill('not the passphrase of this backup');
  await section.getByRole('button', { name: 'Unlock and check backup' }).click();
  await expect(section.getByRole('alert')).toHaveText(/does not open this backup/);
  await passphraseField(section, 'Backup passphrase').fill(PASSPHRASE);
  await expectAccessible(page, 'settings: choose a backup');
  await shot(section, 'backup-3-restore-choose');
  await section.getByRole('button', { name: 'Unlock and check backup' }).click();

  const comparison = section.getByRole('table');
  await expect(comparison.getByRole('row', { name: /Clients/ })).toHaveText(/Clients\s*1\s*2/);
  await expectAccessible(page, 'settings: compare the backup');
  await shot(section, 'backup-4-restore-compare');
  await section.getByRole('button', { name: 'Restore this backup' }).click();

  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
  await expect(page.getByText('Robin Before-Backup')).toBeVisible();
  await expect(page.getByText('Added After-Backup')).toHaveCount(0);
  await expect(page.getByText(/Last good backup/)).toBeVisible();
  await shot(page, 'backup-5-restored');
});

test('restore from the lock screen while the vault is locked', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  await seedClient(server, { displayName: 'Kept In-Backup' });
  await server.client.call('backups.chooseFolder', {});
  await server.client.call('backups.runNow', {});
  await seedClient(server, { displayName: 'Added After-Backup' });
  server.core.lock('user');

  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await expect(page.getByRole('heading', { name: 'Restore from a backup', level: 1 })).toBeVisible();
  await expectAccessible(page, 'lock screen: restore');
  await shot(page, 'backup-6-lock-screen-restore');
  await page.getByRole('button', { name: 'Choose backup folder…' }).click();
  await expect(page.getByRole('radiogroup', { name: 'Backup to restore' }).getByRole('radio')).toHaveCount(1);
  await passphraseField(page, 'Backup passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock and check backup' }).click();
  // Locked: only the backup's counts, nothing of the vault on this computer.
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(2);
  await expect(page.getByRole('table').getByRole('row', { name: /Clients/ })).toHaveText(/Clients\s*1$/);
  await expectAccessible(page, 'lock screen: compare');
  await shot(page, 'backup-7-lock-screen-compare');
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
  await expect(page.getByText('Kept In-Backup')).toBeVisible();
  await expect(page.getByText('Added After-Backup')).toHaveCount(0);
});

test('the lock screen says so when a folder holds no backups', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await expect(page.getByRole('heading', { name: 'Restore from a backup', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Choose backup folder…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No backups were found' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
});

test('a new computer: restore a backup into an empty vault folder from the first screen', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  await seedClient(server, { displayName: 'Carried To-New-Laptop' });
  for (const [method, input] of [
    ['backups.chooseFolder', {}],
    ['backups.runNow', {}],
  ] as const) {
    const result = await server.core.dispatch(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  }
  server.core.lock('user');
  // The new laptop's vault folder holds nothing; the backup folder is on the external drive.
  for (const entry of readdirSync(server.vaultDir)) rmSync(join(server.vaultDir, entry), { recursive: true, force: true });

  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Create your vault', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await expect(page.getByRole('heading', { name: 'Restore from a backup', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Choose backup folder…' }).click();
  await passphraseField(page, 'Backup passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock and check backup' }).click();
  await expect(page.getByRole('table').getByRole('row', { name: /Clients/ })).toHaveText(/Clients\s*1$/);
  await expectAccessible(page, 'first screen: compare');
  await shot(page, 'backup-8-new-computer-compare');
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
  await expect(page.getByText('Carried To-New-Laptop')).toBeVisible();
  expect(readdirSync(server.vaultDir)).toEqual(expect.arrayContaining(['kap.db', 'vault.json']));
});
