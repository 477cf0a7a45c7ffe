import { createLockedVault, expect, expectAccessible, OTHER_PASSPHRASE, PASSPHRASE, passphraseField, test, unlock } from './fixtures';

test('forgot passphrase: recover with the code, choose a new passphrase, the old one stops working', async ({ page, server }) => {
  const recoveryCode = await createLockedVault(server);
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await page.getByRole('button', { name: 'Forgot passphrase?' }).click();

  // A code of the wrong shape is refused on the spot; a well-formed wrong code by main.
  await expect(page.getByRole('heading', { name: 'Use your recovery code' })).toBeVisible();
  const codeField = page.getByRole('textbox', { name: 'Recovery code' });
  await expect(codeField).toBeFocused();
  await expectAccessible(page, 'recover');
  await codeField.fill('ABCD-EFGH');
  await codeField.press('Enter');
  await expect(codeField).toHaveAccessibleDescription(/28 letters and digits/);
  await codeField.fill('0000-0000-0000-0000-0000-0000-0000');
  await codeField.press('Enter');
  await expect(codeField).toHaveAccessibleDescription(/does not open this vault/);

  // Forgiving typing: lower case and spaces instead of dashes.
  await codeField.fill(recoveryCode.toLowerCase().replaceAll('-', ' '));
  await codeField.press('Enter');

  await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible();
  await expect(passphraseField(page, 'New passphrase')).toBeFocused();
  await passphraseField(page, 'New passphrase').fill('password1234');
  await passphraseField(page, 'Confirm new passphrase').fill('password1234');
  await page.getByRole('button', { name: 'Save and unlock' }).click();
  await expect(passphraseField(page, 'New passphrase')).toHaveAccessibleDescription(/guess|common|Add another/i);
  await expectAccessible(page, 'new passphrase');

  await passphraseField(page, 'New passphrase').fill(OTHER_PASSPHRASE);
  await passphraseField(page, 'Confirm new passphrase').fill(OTHER_PASSPHRASE);
  await passphraseField(page, 'Confirm new passphrase').press('Enter');
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();

  // Lock; the old passphrase is refused, the new one opens the vault.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await passphraseField(page).fill(PASSPHRASE);
  await passphraseField(page).press('Enter');
  await expect(passphraseField(page)).toHaveAccessibleDescription(/did not unlock the vault/);
  await unlock(page, OTHER_PASSPHRASE);
});
