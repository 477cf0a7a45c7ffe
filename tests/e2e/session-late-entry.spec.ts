import { createLockedVault, expect, expectAccessible, test, uniqueName, unlockInMain } from './fixtures';
import { dispatch, MINUTE, pageClockStart, seedDosedSession, tick, timelineEntry } from './session-steps';

test('after discharge, a late observation with commas goes in at the time it refers to, marked late in the timeline and the history', async ({
  page,
  server,
}) => {
  const dosedAt = pageClockStart();
  await page.clock.install({ time: dosedAt });
  await createLockedVault(server);
  await unlockInMain(server);
  const displayName = uniqueName('Ingrid');
  const sessionId = await seedDosedSession(server, dosedAt, { displayName, preferredName: 'Ingrid' });
  await dispatch(server, 'sessions.logEvent', { sessionId, entry: { kind: 'observation', text: 'Smiling, eyes closed' }, at: dosedAt + 60 * MINUTE });

  // The app opens in the room of the dosed session; discharge at T+1:40.
  await page.goto(server.url);
  await page.clock.setFixedTime(dosedAt + 100 * MINUTE);
  await page.getByRole('button', { name: 'Discharge…' }).click();
  const discharge = page.getByRole('dialog', { name: 'Discharge' });
  await tick(discharge.getByRole('checkbox', { name: 'Vitals acceptable' }));
  await discharge.getByRole('button', { name: 'Discharge and end the session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${displayName}: session 1` })).toBeVisible();

  // Writing up ten minutes later, the therapist remembers something from T+40.
  await page.clock.setFixedTime(dosedAt + 110 * MINUTE);
  await page.getByRole('toolbar', { name: 'Add a late entry' }).getByRole('button', { name: 'Observation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Late entry: Observation' });
  await expect(dialog).toBeVisible();
  const words = 'Flushed, quiet, then said the room felt warm, soft, safe';
  await dialog.getByRole('textbox', { name: 'What you notice' }).fill(words);
  const when = dialog.getByRole('textbox', { name: 'Happened this many minutes before the discharge' });
  await expect(when).toHaveValue('0');
  await expect(when).toHaveAccessibleDescription(/0 for the discharge time .*up to 110 for check-in\. It refers to .*T\+1:40:00/);
  // Before check-in is refused, naming the range; nothing is added.
  await when.fill('111');
  await dialog.getByRole('button', { name: 'Add late entry' }).click();
  await expect(when).toHaveAccessibleDescription(/Use a number from 0 to 110 minutes/);
  await when.fill('60');
  await expect(when).toHaveAccessibleDescription(/It refers to .*T\+40:00/);
  await expectAccessible(page, 'late entry dialog');
  await dialog.getByRole('button', { name: 'Add late entry' }).click();
  await expect(dialog).toBeHidden();

  // In the timeline at T+40, between the dose and the T+60 observation, its words whole and marked late.
  const late = timelineEntry(page, /^Observation at T\+40:00/);
  await expect(late).toContainText(words);
  // Written now, by main's clock: a date and a time in the reader's locale.
  await expect(late).toContainText(/Late entry, written \S.*\d{4}.*\d:\d\d/);
  await expect(late.locator('xpath=..')).toHaveAttribute('aria-posinset', '2');
  await expect(timelineEntry(page, /^Observation at T\+1:00:00/)).not.toContainText('Late entry');

  // The client's history says the session holds a late entry.
  await page.getByRole('button', { name: 'Back to the client’s page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: displayName })).toBeVisible();
  const row = page.getByRole('table', { name: 'Sessions, newest first' }).getByRole('row', { name: /^1 / });
  await expect(row).toContainText('Discharged · 1 late entry');
});
