import type { Page } from '@playwright/test';
import { createLockedVault, expect, expectAccessible, passphraseField, PASSPHRASE, test, uniqueName, unlockInMain } from './fixtures';
import { dispatch, MINUTE, seedDosedSession } from './session-steps';

// The app's own colours (tokens.css) and the room's low light, as computed backgrounds.
const APP_BACKGROUND = 'rgb(244, 245, 241)';
const APP_SURFACE = 'rgb(255, 255, 255)';
const ROOM_BACKGROUND = 'rgb(11, 15, 14)';

async function backgroundOf(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);
}

async function seedRoom(page: Page, server: Parameters<typeof seedDosedSession>[0]) {
  const name = uniqueName('Theodora');
  const sessionId = await seedDosedSession(server, Date.now() - 20 * MINUTE, { displayName: name, preferredName: 'Theo' });
  // A reading over the threshold gives the summary's timeline an alert, the part that failed before.
  await dispatch(server, 'sessions.logEvent', { sessionId, entry: { kind: 'vitals', vitals: { systolic: 190, diastolic: 96, heartRate: 88 } } });
  await dispatch(server, 'settings.update', { idleLockMinutes: 240 });
  return name;
}

async function expectRoomTheme(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Theo' })).toBeVisible();
  expect(await backgroundOf(page, '.shell')).toBe(ROOM_BACKGROUND);
}

async function dischargeFromTheRoom(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Discharge…' }).click();
  const discharge = page.getByRole('dialog', { name: 'Discharge' });
  // The room's dialogs dim the room behind them rather than hiding it.
  expect(await backgroundOf(page, '.modal-overlay')).toBe('rgba(0, 0, 0, 0.65)');
  await discharge.getByRole('button', { name: 'Discharge and end the session' }).click();
}

/** The summary of a finished session is a page like any other: the app's colours, whatever came before. */
async function expectSummaryInAppColours(page: Page, name: string, path: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: `${name}: session 1` })).toBeVisible();
  await expect(page.getByRole('article', { name: /^Vitals at T\+/ })).toBeVisible();
  expect(await backgroundOf(page, '.shell'), path).toBe(APP_BACKGROUND);
  expect(await backgroundOf(page, '.timeline-scroll'), path).toBe(APP_SURFACE);
  await expectAccessible(page, `session summary (${path})`);
}

test('the summary is in the app colours straight after discharge in the room', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = await seedRoom(page, server);
  await page.goto(server.url);
  await expectRoomTheme(page);
  await dischargeFromTheRoom(page);
  await expectSummaryInAppColours(page, name, 'after discharge');
});

test('the summary is in the app colours after the lock screen kept the session clock', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = await seedRoom(page, server);
  server.core.lock('user');
  await page.goto(server.url);
  // The lock screen during a session is dim too, and loads the clock's own chunk first.
  await expect(page.getByRole('region', { name: 'Session in progress' })).toBeVisible();
  expect(await backgroundOf(page, '.lock-screen')).toBe(ROOM_BACKGROUND);
  await passphraseField(page).fill(PASSPHRASE);
  await passphraseField(page).press('Enter');
  await expectRoomTheme(page);
  await dischargeFromTheRoom(page);
  await expectSummaryInAppColours(page, name, 'after the lock screen');
});

test('the summary is in the app colours when opened from the history after leaving a running room', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const finished = await seedRoom(page, server);
  const { clients } = await dispatch(server, 'clients.list', {});
  const { sessions } = await dispatch(server, 'sessions.listForClient', { clientId: clients[0]!.id });
  await dispatch(server, 'sessions.discharge', { id: sessions[0]!.id, checklist: {} });
  await seedRoom(page, server);

  // The app resumes into the running room; from there to the other client's finished session.
  await page.goto(server.url);
  await expectRoomTheme(page);
  await page.getByRole('button', { name: 'Back to the client’s page' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  await page.getByRole('button', { name: `Open ${finished}` }).click();
  await page.getByRole('button', { name: 'Open session 1' }).click();
  await expectSummaryInAppColours(page, finished, 'from the history after the room');
});
