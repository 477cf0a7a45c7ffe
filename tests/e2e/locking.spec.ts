import { createLockedVault, expect, seedClient, test, uniqueName, unlock, unlockInMain } from './fixtures';

test('locks after the idle minutes set in settings, and no client name is left in the page', async ({ page, server }) => {
  await page.clock.install();
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  const name = uniqueName('Marisol');
  await seedClient(server, { displayName: name });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const minutes = page.getByRole('textbox', { name: 'Lock after this many minutes without activity' });
  await minutes.fill('2');
  await page.getByRole('region', { name: 'Automatic lock' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('region', { name: 'Automatic lock' }).getByRole('status')).toHaveText('Saved.');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  await expect(page.getByRole('list', { name: 'Active clients' })).toContainText(name);

  // Activity restarts the countdown.
  await page.clock.runFor(90_000);
  await page.getByRole('searchbox', { name: 'Find a client' }).press('a');
  await page.clock.runFor(90_000);
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();

  await page.clock.runFor(31_000);
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Locked after a period without activity.' })).toBeVisible();
  expect(await page.content()).not.toContain(name);
  await expect(page.getByRole('main')).not.toContainText(name);
});

test('a lock pushed by main (the computer was locked) hides every record at once', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Giedre');
  await seedClient(server, { displayName: name });
  await page.goto(server.url);
  await expect(page.getByRole('list', { name: 'Active clients' })).toContainText(name);
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('dialog', { name: 'Add client' })).toBeVisible();

  server.core.lock('os-lock');
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Locked because the computer was locked.' })).toBeVisible();
  expect(await page.content()).not.toContain(name);
});

test('a call answered LOCKED leads to the lock screen even if the lock event never arrived', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Oksana');
  await seedClient(server, { displayName: name });
  // No event stream: this page never hears main's vault.locked.
  await page.route('**/__kap/events', (route) => route.abort());
  await page.goto(server.url);
  await expect(page.getByRole('list', { name: 'Active clients' })).toContainText(name);

  server.core.lock('os-lock');
  await page.getByRole('radio', { name: 'Archived' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  expect(await page.content()).not.toContain(name);
});
