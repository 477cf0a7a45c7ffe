import {
  askedGroupField,
  createLockedVault,
  expect,
  expectAccessible,
  group,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  passphraseField,
  readRecoveryCode,
  seedClient,
  test,
  uniqueName,
  unlock,
  unlockInMain,
} from './fixtures';

test('change the passphrase in settings', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeFocused();
  await expectAccessible(page, 'settings');

  const section = page.getByRole('region', { name: 'Passphrase' });
  await passphraseField(section, 'Current passphrase').fill('not my passphrase at all');
  await passphraseField(section, 'New passphrase').fill(OTHER_PASSPHRASE);
  await passphraseField(section, 'Confirm new passphrase').fill(OTHER_PASSPHRASE);
  await section.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(passphraseField(section, 'Current passphrase')).toHaveAccessibleDescription(/not your current passphrase/);

  await passphraseField(section, 'Current passphrase').fill(PASSPHRASE);
  await passphraseField(section, 'Current passphrase').press('Enter');
  await expect(section.getByRole('status')).toHaveText(/Passphrase changed/);
  await expect(passphraseField(section, 'New passphrase')).toHaveValue('');

  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await passphraseField(page).fill(PASSPHRASE);
  await passphraseField(page).press('Enter');
  await expect(passphraseField(page)).toHaveAccessibleDescription(/did not unlock the vault/);
  await unlock(page, OTHER_PASSPHRASE);
});

test('make a new recovery code in settings; the old one stops working', async ({ page, server }) => {
  const oldCode = await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();

  const section = page.getByRole('region', { name: 'Recovery code' });
  await passphraseField(section, 'Passphrase, to confirm it is you').fill(PASSPHRASE);
  await section.getByRole('button', { name: 'Make a new recovery code' }).click();
  const newCode = await readRecoveryCode(page);
  expect(newCode).not.toEqual(oldCode);
  await expectAccessible(page, 'settings: new recovery code');
  await section.getByRole('button', { name: 'I have written it down' }).click();
  const asked = await askedGroupField(page);
  await asked.field.fill(group(newCode, asked.index));
  await section.getByRole('button', { name: 'Confirm new code' }).click();
  await expect(section.getByRole('status')).toHaveText(/New recovery code saved/);
  await expect(page.getByRole('list', { name: 'Recovery code' })).toHaveCount(0);

  // The old code is refused in recovery; the new one is accepted.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByRole('button', { name: 'Forgot passphrase?' }).click();
  const codeField = page.getByRole('textbox', { name: 'Recovery code' });
  await codeField.fill(oldCode);
  await codeField.press('Enter');
  await expect(codeField).toHaveAccessibleDescription(/does not open this vault/);
  await codeField.fill(newCode);
  await codeField.press('Enter');
  await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible();
});

test('rotate the database key in settings: records stay, the passphrase stays, only the new code opens it', async ({ page, server }) => {
  const oldCode = await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Ottoline');
  await seedClient(server, { displayName: name });
  server.core.lock('user');
  await page.goto(server.url);
  await unlock(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();

  const section = page.getByRole('region', { name: 'Database key' });
  await expect(section).toContainText('old backups stay readable with the passphrase and recovery code they were made with');
  await passphraseField(section, 'Passphrase, to confirm it is you').fill(PASSPHRASE);
  await section.getByRole('button', { name: 'Rotate the database key' }).click();
  const newCode = await readRecoveryCode(page);
  expect(newCode).not.toEqual(oldCode);
  await section.getByRole('button', { name: 'I have written it down' }).click();
  const asked = await askedGroupField(page);
  await asked.field.fill(group(newCode, asked.index));
  await expectAccessible(page, 'settings: rotate the database key');
  await section.getByRole('button', { name: 'Confirm the code and rotate the key' }).click();
  await expect(section.getByRole('status')).toHaveText(/The database key was rotated/);
  if (process.env.KAP_SCREENSHOTS) await section.screenshot({ path: `${process.env.KAP_SCREENSHOTS}/settings-key-rotation.png` });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  await expect(page.getByRole('list', { name: 'Active clients' })).toContainText(name);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByRole('button', { name: 'Forgot passphrase?' }).click();
  const codeField = page.getByRole('textbox', { name: 'Recovery code' });
  await codeField.fill(oldCode);
  await codeField.press('Enter');
  await expect(codeField).toHaveAccessibleDescription(/does not open this vault/);
  await page.getByRole('button', { name: 'Back to unlock' }).click();
  await unlock(page);
  await expect(page.getByRole('list', { name: 'Active clients' })).toContainText(name);
});

test('a setting outside its range is refused with the range named, never clamped or saved', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Automatic lock' });
  const minutes = section.getByRole('textbox', { name: 'Lock after this many minutes without activity' });
  const save = section.getByRole('button', { name: 'Save' });

  // Empty, then Save from the keyboard: the field says what it needs and keeps the focus.
  await minutes.fill('');
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(minutes).toHaveAccessibleDescription(/Enter a number from 1 to 240 minutes\./);
  await expect(minutes).toBeFocused();

  await minutes.fill('500');
  await save.click();
  await expect(minutes).toHaveAccessibleDescription(/Use a number from 1 to 240 minutes: 500 is above that\./);
  await expect(minutes).toHaveValue('500');
  await expect(section.getByRole('status').filter({ hasText: 'Saved' })).toHaveCount(0);

  await minutes.fill('0');
  await minutes.blur();
  await expect(minutes).toHaveAccessibleDescription(/0 is below that\./);

  await section.getByRole('button', { name: 'Increase: Lock after this many minutes without activity' }).click();
  await expect(minutes).toHaveValue('1');
  await expect(minutes).not.toHaveAccessibleDescription(/below/);
  await save.click();
  await expect(section.getByRole('status')).toHaveText('Saved.');
  expect((await server.client.call('settings.get', {})).idleLockMinutes).toBe(1);
});
