import { createLockedVault, expect, expectAccessible, passphraseField, PASSPHRASE, test, uniqueName, unlockInMain } from './fixtures';
import { dispatch, MINUTE, openVaultForTheRoom, pageClockStart, roomClock, seedDosedSession } from './session-steps';

test('a reload mid-session reopens the room at the right time', async ({ page, server }) => {
  const clockStart = await openVaultForTheRoom(page, server);
  const dosedAt = clockStart - 2 * MINUTE;
  await seedDosedSession(server, dosedAt, { displayName: uniqueName('Ilse'), preferredName: 'Ilse' });

  // The app opens on the running session, not the client list.
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Ilse' })).toBeVisible();
  // A fixed time keeps timers running but makes the expected clock exact.
  await page.clock.setFixedTime(dosedAt + 12 * MINUTE);
  await expect(roomClock(page)).toHaveText('12:00');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Ilse' })).toBeVisible();
  await expect(roomClock(page)).toHaveText('12:00');

  // Time away (a closed lid, a crash) is not lost: the clock is derived, not counted.
  await page.clock.setFixedTime(dosedAt + 47 * MINUTE + 30_000);
  await page.reload();
  await expect(roomClock(page)).toHaveText('47:30');
  await expect(page.getByRole('region', { name: 'Session clock' })).toContainText('Peak');
});

test('an idle lock mid-session keeps the clock on the lock screen and shows nothing of the client', async ({ page, server }) => {
  const clockStart = pageClockStart();
  await page.clock.install({ time: clockStart });
  await createLockedVault(server);
  await unlockInMain(server);
  await dispatch(server, 'settings.update', { idleLockMinutes: 5, dosedIdleLockMinutes: 5 });
  const client = { displayName: uniqueName('Wilhelmina'), preferredName: 'Mina' };
  const dosedAt = clockStart - 2 * MINUTE;
  await seedDosedSession(server, dosedAt, client);

  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mina' })).toBeVisible();

  // Twenty minutes after the dose, with the lock set to five: the idle timer has long fired.
  await page.clock.fastForward(dosedAt + 20 * MINUTE - (await page.evaluate(() => Date.now())));
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  const lockedClock = page.getByRole('region', { name: 'Session in progress' });
  await expect(lockedClock.getByRole('timer', { name: 'Time since the dose' })).toHaveText(/^20:[0-2]\d$/);
  await expect(lockedClock).toContainText('Peak');
  const content = await page.content();
  for (const part of [...client.displayName.split(/[\s-]+/), client.preferredName]) expect(content).not.toContain(part);
  await expectAccessible(page, 'lock screen during a session');

  await passphraseField(page).fill(PASSPHRASE);
  await passphraseField(page).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mina' })).toBeVisible();
  await expect(roomClock(page)).toHaveText(/^20:[0-5]\d$/);
});

test('a lock by hand mid-session (Ctrl+L, then the Lock button) shows the clock on the lock screen each time', async ({ page, server }) => {
  const clockStart = pageClockStart();
  await page.clock.install({ time: clockStart });
  await createLockedVault(server);
  await unlockInMain(server);
  const client = { displayName: uniqueName('Ottoline'), preferredName: 'Otti' };
  const dosedAt = clockStart - 12 * MINUTE;
  await seedDosedSession(server, dosedAt, client);
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Otti' })).toBeVisible();

  for (const lockByHand of [() => page.keyboard.press('Control+l'), () => page.getByRole('button', { name: 'Lock', exact: true }).click()]) {
    await lockByHand();
    await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
    const lockedClock = page.getByRole('region', { name: 'Session in progress' });
    await expect(lockedClock.getByRole('timer', { name: 'Time since the dose' })).toHaveText(/^12:[0-5]\d$/);
    await passphraseField(page).fill(PASSPHRASE);
    await passphraseField(page).press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Otti' })).toBeVisible();
  }
});
