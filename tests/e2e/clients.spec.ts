import { createLockedVault, expect, expectAccessible, seedClient, test, uniqueName, unlock, unlockInMain } from './fixtures';

test('edit, archive and restore a client', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  const name = uniqueName('Tomasz');
  await seedClient(server, { displayName: name });
  await seedClient(server, { displayName: uniqueName('Ingrid') });
  await page.getByRole('searchbox', { name: 'Find a client' }).fill(name);
  const active = page.getByRole('list', { name: 'Active clients' });
  await expect(active.getByRole('listitem')).toHaveCount(1);

  // Edit: fields come filled in; the row shows the change.
  await active.getByRole('button', { name: `Edit ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${name}` });
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(name);
  await dialog.getByRole('textbox', { name: 'Preferred name' }).fill('Tom');
  await dialog.getByRole('textbox', { name: 'Pronouns' }).fill('he/him');
  await dialog.getByLabel('Date of birth').fill('1984-03-09');
  await dialog.getByRole('textbox', { name: 'About' }).fill('Referred by Dr Ames; prefers morning sessions.');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(active.getByRole('listitem')).toContainText('Goes by Tom');
  await expect(active.getByRole('listitem')).toContainText('he/him');
  await expect(page.getByRole('status').filter({ hasText: `Saved changes to ${name}.` })).toBeVisible();

  // A name cannot be emptied.
  await active.getByRole('button', { name: `Edit ${name}` }).click();
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('   ');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveAccessibleDescription(/Enter a name/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Archive from the keyboard: the client leaves the active list, with Undo offered.
  await active.getByRole('button', { name: `Archive ${name}` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('No clients match')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();

  await page.getByRole('radio', { name: 'Archived' }).click();
  const archived = page.getByRole('list', { name: 'Archived clients' });
  await expect(archived.getByRole('listitem')).toHaveCount(1);
  await expect(archived.getByRole('listitem')).toContainText(name);
  await expectAccessible(page, 'archived list');

  await archived.getByRole('button', { name: `Restore ${name}` }).click();
  await expect(page.getByText('No archived clients match')).toBeVisible();
  await page.getByRole('radio', { name: 'Active' }).click();
  await expect(active.getByRole('listitem')).toContainText(name);
});

test('empty states point to the next step', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  await expect(page.getByText('No clients yet.')).toBeVisible();
  await page.getByRole('radio', { name: 'Archived' }).click();
  await expect(page.getByText('No archived clients.')).toBeVisible();
  await page.getByRole('radio', { name: 'Active' }).click();
  await page.getByRole('button', { name: 'Add your first client' }).click();
  await expect(page.getByRole('dialog', { name: 'Add client' })).toBeVisible();
});

test('a paste longer than a field holds says how much did not fit', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  await page.getByRole('button', { name: 'Add client' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add client' });
  const about = dialog.getByRole('textbox', { name: 'About' });
  await about.click();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), 'She spoke about the crossing, slowly. '.repeat(70));
  await page.keyboard.press('Control+V');
  await expect(about).toHaveValue('She spoke about the crossing, slowly. '.repeat(70).slice(0, 2000));
  await expect(about).toHaveAccessibleDescription(/660 characters did not fit: this field holds 2,000\./);
  await expect(dialog).toContainText('2,000 / 2,000');
  await about.press('Backspace');
  await expect(about).not.toHaveAccessibleDescription(/did not fit/);
  await expectAccessible(page, 'client form after a long paste');
});

test('a reload returns to the page the therapist was on; a lock does not remember it', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Rosalind');
  await seedClient(server, { displayName: name });
  await page.goto(server.url);
  await page.getByRole('button', { name: `Open ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  expect(new URL(page.url()).hash).not.toContain(name);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await page.keyboard.press('Control+l');
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
});
