import { addCalendarDays, localCalendarDate } from '../../shared/calendar-date';
import { createLockedVault, expect, expectAccessible, test, uniqueName, unlockInMain } from './fixtures';
import { dispatch, MINUTE, openClient, seedDosedSession } from './session-steps';

test("a dosed session's page lists the follow-up contacts it proposed, and leads to the follow-up screen", async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const displayName = uniqueName('Ilse');
  const dosedAt = Date.now() - 130 * MINUTE;
  const sessionId = await seedDosedSession(server, dosedAt, { displayName, preferredName: 'Ilse' });
  await dispatch(server, 'sessions.discharge', { id: sessionId, checklist: {}, at: dosedAt + 120 * MINUTE });
  const { contacts } = await dispatch(server, 'followUps.listForSession', { sessionId });
  await dispatch(server, 'followUps.skip', { id: contacts[0]!.id, reason: 'Client asked for the weekly one only' });

  await page.goto(server.url);
  await page.getByRole('searchbox', { name: 'Find a client' }).fill(displayName);
  await openClient(page, displayName);
  await page.getByRole('button', { name: 'Open session 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${displayName}: session 1` })).toBeVisible();

  const section = page.getByRole('region', { name: 'Follow-up contacts' });
  const weekDay = new Date(`${addCalendarDays(localCalendarDate(dosedAt), 7)}T12:00:00`).getDate();
  await expect(section.getByRole('list', { name: 'Follow-up contacts of this dose' }).getByRole('listitem')).toHaveText([
    /^Next-day check-in · .* · skipped: Client asked for the weekly one only$/,
    new RegExp(`^One-week integration · .*\\b${weekDay}\\b.* · planned$`),
  ]);
  await expectAccessible(page, 'session summary with its follow-up contacts');

  await section.getByRole('button', { name: 'Prepare the follow-up' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-up preparation' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Follow-up contacts' }).getByRole('listitem')).toHaveText([/· skipped: /, /· planned/]);
});
