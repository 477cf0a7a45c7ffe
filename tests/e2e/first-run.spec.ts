import { askedGroupField, expect, expectAccessible, group, PASSPHRASE, passphraseField, readRecoveryCode, test, uniqueName } from './fixtures';

test('first run: create the vault, keep the code, add a client, lock and unlock', async ({ page, server }) => {
  await page.goto(server.url);

  // Create: a weak passphrase is refused with a reason before anything is sent.
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  await expect(passphraseField(page)).toBeFocused();
  await passphraseField(page).fill('sunshine1');
  await expect(page.getByText('Use at least 12 characters')).toBeVisible();
  await passphraseField(page, 'Confirm passphrase').fill('sunshine1');
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  await expect(passphraseField(page)).toHaveAccessibleDescription(/Use at least 12 characters/);
  await expect(page.getByRole('meter', { name: 'Strength' })).toHaveAttribute('aria-valuetext', /weak/i);
  await expectAccessible(page, 'create vault');

  await passphraseField(page).fill(PASSPHRASE);
  await expect(page.getByRole('meter', { name: 'Strength' })).toHaveAttribute('aria-valuetext', 'Strong');
  await passphraseField(page, 'Confirm passphrase').fill(PASSPHRASE);
  await passphraseField(page, 'Confirm passphrase').press('Enter');

  // The recovery code is shown once, in numbered groups.
  await expect(page.getByRole('heading', { name: 'Your recovery code' })).toBeVisible();
  const recoveryCode = await readRecoveryCode(page);
  expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
  await expectAccessible(page, 'recovery code');
  await page.getByRole('button', { name: 'I have written it down' }).click();

  // Confirm one group: a wrong one is refused with a way back to the code.
  await expect(page.getByRole('heading', { name: 'Check your recovery code' })).toBeVisible();
  const asked = await askedGroupField(page);
  await asked.field.fill(group(recoveryCode, asked.index === 1 ? 2 : 1));
  await page.getByRole('button', { name: 'Confirm and open vault' }).click();
  await expect(asked.field).toHaveAccessibleDescription(new RegExp(`That is not group ${asked.index}`));
  await expectAccessible(page, 'confirm group');
  // Typing clears the error (the form gets shorter), so submit from the keyboard, as a therapist would.
  await asked.field.fill(group(recoveryCode, asked.index).toLowerCase());
  await asked.field.press('Enter');

  // Home: empty, then one client added through the dialog.
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
  await expect(page.getByText('No clients yet.')).toBeVisible();
  const name = uniqueName('Adaeze');
  await page.getByRole('button', { name: 'Add client' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add client' });
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await expectAccessible(page, 'client dialog');
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await dialog.getByRole('textbox', { name: 'Preferred name' }).fill('Ada');
  await dialog.getByRole('textbox', { name: 'Pronouns' }).fill('she/her');
  await dialog.getByRole('button', { name: 'Add client' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add client' })).toBeFocused();

  await server.client.call('clients.create', { displayName: 'Bartholomew Quince' });
  await page.getByRole('searchbox', { name: 'Find a client' }).fill(name.split(' ')[1]!.slice(0, 6).toLowerCase());
  const list = page.getByRole('list', { name: 'Active clients' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText(name);
  await expect(list.getByRole('listitem')).toContainText('Goes by Ada');
  await expectAccessible(page, 'client list');

  // Lock with the button, then with the keyboard shortcut.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(name);
  await passphraseField(page).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await expect(passphraseField(page)).toBeFocused();
  await expectAccessible(page, 'unlock');

  // A wrong passphrase says so clearly; the right one opens the vault with the client in it.
  await passphraseField(page).fill('not the passphrase at all');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(passphraseField(page)).toHaveAccessibleDescription(/did not unlock the vault/);
  await expect(passphraseField(page)).toBeFocused();
  await passphraseField(page).fill(PASSPHRASE);
  await passphraseField(page).press('Enter');
  await expect(page.getByRole('list', { name: 'Active clients' }).getByRole('listitem').filter({ hasText: name })).toBeVisible();
});
