import { createLockedVault, expect, test, unlockInMain } from './fixtures';

const COUNT = 1000;
const clientName = (index: number) => `Client ${String(index).padStart(4, '0')}`;

test('a thousand clients: only the rows in view are in the page, and keyboard and scrolling reach them all', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  for (let i = 0; i < COUNT; i++) {
    await server.client.call('clients.create', { displayName: clientName(i) });
  }
  await page.goto(server.url);

  const list = page.getByRole('list', { name: 'Active clients' });
  await expect(page.getByRole('status').filter({ hasText: `${COUNT} clients` })).toBeVisible();
  const rows = list.getByRole('listitem');
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(COUNT));
  expect(await rows.count()).toBeLessThan(40);

  // Tab walks down past the first screenful (Open, Edit, Archive per row): rows keep appearing as focus moves.
  await list.getByRole('button', { name: 'Edit Client 0000' }).focus();
  for (let i = 0; i < 45; i++) await page.keyboard.press('Tab');
  await expect(list.getByRole('button', { name: 'Edit Client 0015' })).toBeFocused();
  expect(await rows.count()).toBeLessThan(40);

  // Scrolling to the end shows the last client.
  await list.hover();
  await page.mouse.wheel(0, COUNT * 100);
  await expect(list.getByRole('listitem').filter({ hasText: clientName(COUNT - 1) })).toBeVisible();
  await expect(list.getByRole('listitem').last()).toHaveAttribute('aria-posinset', String(COUNT));
});
