import { createLockedVault, expect, expectAccessible, test, uniqueName, unlockInMain } from './fixtures';
import { dispatch, MINUTE, pageClockStart, seedDosedSession, tick } from './session-steps';

test('an IM discharge before the protocol minimum warns and names what is unticked, and the therapist can still discharge', async ({ page, server }) => {
  const clockStart = pageClockStart();
  await page.clock.install({ time: clockStart });
  await createLockedVault(server);
  await unlockInMain(server);
  await dispatch(server, 'settings.update', { idleLockMinutes: 240 });
  const name = uniqueName('Oskar');
  const dosedAt = clockStart - 2 * MINUTE;
  await seedDosedSession(server, dosedAt, { displayName: name, preferredName: 'Oskar' });

  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Oskar' })).toBeVisible();
  await page.clock.setFixedTime(dosedAt + 20 * MINUTE);
  await page.getByRole('button', { name: 'Discharge…' }).click();
  const discharge = page.getByRole('dialog', { name: 'Discharge' });
  const warning = discharge.getByRole('status').filter({ hasText: 'the protocol asks for at least' });
  await expect(warning).toContainText('This is 20 min after the first dose; the protocol asks for at least 2 h 30 min.');
  const unticked = warning.getByRole('list', { name: 'Not ticked before the client leaves' });
  await expect(unticked.getByRole('listitem')).toHaveText([
    'Vitals acceptable',
    'Sedation resolved (MOAA/S 5)',
    'Ride home present',
    'Reminded: no driving until the next day, after sleep',
  ]);
  await tick(discharge.getByRole('checkbox', { name: 'Ride home present' }));
  await expect(unticked.getByRole('listitem')).toHaveCount(3);
  await expect(unticked).not.toContainText('Ride home present');
  await expectAccessible(page, 'discharge with a warning');

  await discharge.getByRole('button', { name: 'Discharge and end the session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name}: session 1` })).toBeVisible();
});
