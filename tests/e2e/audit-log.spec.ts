import { openRawDatabase } from '../support/raw-database';
import { tick } from './session-steps';
import { createLockedVault, expect, expectAccessible, passphraseField, test, unlock } from './fixtures';

test('the audit log lists what happened, filters and sorts it, and Check records finds an entry changed outside the app', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await passphraseField(page).fill('not the passphrase, surely');
  await passphraseField(page).press('Enter');
  await expect(passphraseField(page)).toHaveAccessibleDescription(/did not unlock the vault/);
  await unlock(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Audit log' });
  await section.getByRole('button', { name: 'Open the audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeFocused();

  const table = page.getByRole('table', { name: 'Audit log entries' });
  const whatColumn = () => table.locator('tbody tr td:nth-child(3)').allTextContents();
  await expect(table.getByRole('row')).toHaveCount(5);
  expect(await whatColumn()).toEqual(['Unlocked', 'Failed unlock', 'Locked', 'Vault created']);
  await expect(table.getByRole('row', { name: /Failed unlock/ })).toContainText('tries 1');

  await table.getByRole('button', { name: 'What' }).click();
  await expect(table.getByRole('columnheader', { name: 'What' })).toHaveAttribute('aria-sort', 'ascending');
  expect(await whatColumn()).toEqual(['Failed unlock', 'Locked', 'Unlocked', 'Vault created']);

  await tick(page.getByRole('checkbox', { name: 'Keys and secrets' }));
  await expect(table.getByRole('row')).toHaveCount(2);
  expect(await whatColumn()).toEqual(['Vault created']);
  await tick(page.getByRole('checkbox', { name: 'Unlocks and locks' }));
  await expect(table.getByRole('row')).toHaveCount(5);

  await page.getByRole('button', { name: 'Check records' }).click();
  await expect(page.getByRole('heading', { name: 'Records check: nothing out of place' })).toBeVisible();
  await expectAccessible(page, 'audit log');
  await page.screenshot({ path: '/tmp/audit-log.png', fullPage: true });

  // Someone edits the log with the key, outside the app.
  server.core.lock('user');
  const db = await openRawDatabase(server.vaultDir);
  try {
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare('UPDATE audit_log SET detail = ? WHERE seq = 2').run(JSON.stringify({ reason: 'idle' }));
  } finally {
    db.close();
  }
  await unlock(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await section.getByRole('button', { name: 'Open the audit log' }).click();
  await page.getByRole('button', { name: 'Check records' }).click();
  await expect(page.getByRole('heading', { name: 'Records check: problems found' })).toBeVisible();
  await expect(page.getByText(/Entry 2: changed after it was written/)).toBeVisible();
});
