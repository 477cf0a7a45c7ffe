import type { Page } from '@playwright/test';
import { createLockedVault, expect, PASSPHRASE, passphraseField, test, uniqueName, unlockInMain } from './fixtures';
import { dispatch, MINUTE, pageClockStart, seedDosedSession } from './session-steps';

const ROOM_BACKGROUND = 'rgb(11, 15, 14)';

async function fastForwardTo(page: Page, time: number): Promise<void> {
  await page.clock.fastForward(time - (await page.evaluate(() => Date.now())));
}

test('during a dosed session the longer idle lock applies, and the lock screen is dim before the clock arrives', async ({ page, server }) => {
  const clockStart = pageClockStart();
  await page.clock.install({ time: clockStart });
  await createLockedVault(server);
  await unlockInMain(server);
  await dispatch(server, 'settings.update', { idleLockMinutes: 5, dosedIdleLockMinutes: 30 });
  const dosedAt = clockStart - 2 * MINUTE;
  await seedDosedSession(server, dosedAt, { displayName: uniqueName('Leonora'), preferredName: 'Leo' });
  // Main's answer with the clock never comes: the lock screen must be dim without it.
  await page.route('**/__kap/rpc', (route) => (route.request().postData()?.includes('sessions.lockedClock') ? route.abort() : route.fallback()));

  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Leo' })).toBeVisible();

  // Twenty quiet minutes into the peak: past the everyday 5, not the dosed-session 30.
  await fastForwardTo(page, dosedAt + 20 * MINUTE);
  await expect(page.getByRole('heading', { level: 1, name: 'Leo' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toHaveCount(0);

  await fastForwardTo(page, dosedAt + 33 * MINUTE);
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Locked after a period without activity.' })).toBeVisible();
  expect(await page.locator('.lock-screen').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(ROOM_BACKGROUND);

  await passphraseField(page).fill(PASSPHRASE);
  await passphraseField(page).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Leo' })).toBeVisible();
});

test('the dosed-session idle lock is a setting beside the everyday one', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Automatic lock' });
  const dosed = section.getByRole('textbox', { name: 'During a dosed session, lock after this many minutes' });
  await expect(dosed).toHaveValue('30');
  await dosed.fill('45');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toHaveText('Saved.');
  expect(await dispatch(server, 'settings.get', {})).toMatchObject({ idleLockMinutes: 10, dosedIdleLockMinutes: 45 });
});
