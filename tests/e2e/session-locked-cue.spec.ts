import { createLockedVault, expect, expectAccessible, PASSPHRASE, passphraseField, test, uniqueName, unlockInMain } from './fixtures';
import { MINUTE, pageClockStart, seedDosedSession, timelineEntry } from './session-steps';

test('a due cue is acknowledged from the lock screen without unlocking, and is in the timeline after the unlock', async ({ page, server }) => {
  const clockStart = pageClockStart();
  await page.clock.install({ time: clockStart });
  await createLockedVault(server);
  await unlockInMain(server);
  const client = { displayName: uniqueName('Philippa'), preferredName: 'Pippa' };
  // Twenty minutes after an IM dose: the 15-minute vitals check is due.
  await seedDosedSession(server, clockStart - 20 * MINUTE, client);
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Pippa' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Due now' })).toContainText('Vitals check');

  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  const lockedClock = page.getByRole('region', { name: 'Session in progress' });
  await lockedClock.getByRole('button', { name: 'Acknowledge: Vitals check' }).click();
  await expect(lockedClock.getByRole('list', { name: 'Due now' })).toHaveCount(0);
  await expect(lockedClock.getByRole('timer', { name: 'Time since the dose' })).toBeVisible();
  const content = await page.content();
  for (const part of [...client.displayName.split(/[\s-]+/), client.preferredName]) expect(content).not.toContain(part);
  await expectAccessible(page, 'lock screen after acknowledging a cue');

  await passphraseField(page).fill(PASSPHRASE);
  await passphraseField(page).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Pippa' })).toBeVisible();
  await expect(timelineEntry(page, /^Cue at T\+20:/)).toContainText('Acknowledged: Vitals check');
  await expect(page.getByRole('list', { name: 'Due now' })).toHaveCount(0);
});
