import { createLockedVault, expect, expectAccessible, seedClient, test, uniqueName, unlock, unlockInMain } from './fixtures';
import { dispatch, openClient, timelineEntry } from './session-steps';

test('a checked-in session whose dose is deferred is cancelled with a reason, is not resumed after a lock, and shows as cancelled', async ({
  page,
  server,
}) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const displayName = uniqueName('Hedda');
  const { id: clientId } = await seedClient(server, { displayName, preferredName: 'Hedda' });
  const { protocols } = await dispatch(server, 'protocols.list', {});
  const protocolId = protocols.find((protocol) => protocol.route === 'im')!.id;
  const { id } = await dispatch(server, 'sessions.plan', { clientId, protocolId, plannedDoseMg: 50 });
  await dispatch(server, 'sessions.checkIn', { id, vitals: { systolic: 172, diastolic: 104 }, readiness: {} });

  // The app opens on the checked-in session.
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Hedda' })).toBeVisible();

  await page.getByRole('button', { name: 'Cancel session (not dosed)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel session (not dosed)' });
  await expect(dialog).toBeVisible();
  // A reason is required.
  await dialog.getByRole('button', { name: 'Cancel the session' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription(/Say why the dose was not given/);
  await expectAccessible(page, 'cancel session dialog');
  const reason = 'BP 172/104 twice, dose deferred to next week';
  await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
  await dialog.getByRole('button', { name: 'Cancel the session' }).click();
  await expect(dialog).toBeHidden();

  // The session's page now records the cancellation, reason in the timeline.
  await expect(page.getByRole('heading', { level: 1, name: `${displayName}: session 1` })).toBeVisible();
  await expect(page.getByText('Cancelled, not dosed', { exact: true }).first()).toBeVisible();
  await expect(timelineEntry(page, /^Cancelled, not dosed at /)).toContainText(reason);

  // A lock and an unlock land on the client list, not in the cancelled session.
  await page.keyboard.press('Control+l');
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Hedda' })).toHaveCount(0);

  // The client's history shows it cancelled, with the reason, and no banner calls it open.
  await openClient(page, displayName);
  const row = page.getByRole('table', { name: 'Sessions, newest first' }).getByRole('row', { name: /^1 / });
  await expect(row).toContainText(`Cancelled, not dosed: ${reason}`);
  await expect(page.getByRole('button', { name: 'Return to the session room' })).toHaveCount(0);
});
