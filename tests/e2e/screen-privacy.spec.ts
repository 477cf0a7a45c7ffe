import { createHash } from 'node:crypto';
import { createLockedVault, expect, expectAccessible, seedClient, test, uniqueName, unlockInMain } from './fixtures';

test('Settings: the window is hidden from screen capture unless turned off, and a system without a lock event says so', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Screen privacy' });
  const hide = section.getByRole('switch', { name: 'Hide this window from screenshots and screen sharing' });
  await expect(hide).toBeChecked();

  // From the keyboard: react-aria's real input is visually hidden under the drawn switch.
  await hide.focus();
  await page.keyboard.press('Space');
  await expect(hide).not.toBeChecked();
  expect(await server.client.call('settings.get', {})).toMatchObject({ screenProtection: false });

  // The preview runs on this machine: on Linux, Electron has neither a lock event nor content protection.
  const linux = process.platform === 'linux';
  await expect(section.getByText('does not tell the app when the screen locks')).toHaveCount(linux ? 1 : 0);
  await expect(section.getByText('does not let apps hide their window from screen capture')).toHaveCount(linux ? 1 : 0);
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/guard-settings.png' });
  await expectAccessible(page, 'settings');

  await hide.focus();
  await page.keyboard.press('Space');
  await expect(hide).toBeChecked();
  expect(await server.client.call('settings.get', {})).toMatchObject({ screenProtection: true });
});

test('copying a client name tells main its SHA-256, never the name', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Anneliese');
  await seedClient(server, { displayName: name });
  await page.goto(server.url);
  const entry = page.getByRole('list', { name: 'Active clients' }).getByText(name, { exact: true });
  await expect(entry).toBeVisible();

  const reported = page.waitForRequest((request) => request.url().endsWith('/__kap/rpc') && request.postDataJSON()?.method === 'vault.noteCopy');
  await entry.selectText();
  await page.keyboard.press('Control+C');

  const body = (await reported).postData() ?? '';
  expect(JSON.parse(body)).toEqual({ method: 'vault.noteCopy', input: { sha256: createHash('sha256').update(name).digest('hex') } });
  expect(body).not.toContain(name.split(' ')[0]);
});
