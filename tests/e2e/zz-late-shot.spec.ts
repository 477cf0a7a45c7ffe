import { createLockedVault, expect, test, uniqueName, unlockInMain } from './fixtures';
import { dispatch, MINUTE, pageClockStart, seedDosedSession } from './session-steps';

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`late entry shots ${size.width}`, async ({ page, server }) => {
    const dosedAt = pageClockStart();
    await page.clock.install({ time: dosedAt + 110 * MINUTE });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize(size);
    await createLockedVault(server);
    await unlockInMain(server);
    const displayName = uniqueName('Ingrid');
    const sessionId = await seedDosedSession(server, dosedAt, { displayName, preferredName: 'Ingrid' });
    await dispatch(server, 'sessions.logEvent', { sessionId, entry: { kind: 'observation', text: 'Smiling, eyes closed' }, at: dosedAt + 60 * MINUTE });
    await dispatch(server, 'sessions.discharge', { id: sessionId, checklist: {}, at: dosedAt + 100 * MINUTE });
    await dispatch(server, 'sessions.addLateEntry', {
      sessionId,
      entry: { kind: 'observation', text: 'Flushed, quiet, then said the room felt warm, soft, safe' },
      at: dosedAt + 40 * MINUTE,
    });
    await page.goto(`${server.url}`);
    await page.getByRole('button', { name: `Open ${displayName}` }).click();
    await page.getByRole('button', { name: 'Open session 1' }).click();
    const bar = page.getByRole('toolbar', { name: 'Add a late entry' });
    await bar.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/late-summary-${size.width}.png` });
    await bar.getByRole('button', { name: 'Vitals' }).click();
    const dialog = page.getByRole('dialog', { name: 'Late entry: Vitals' });
    await dialog.getByRole('textbox', { name: 'Systolic (mmHg)' }).fill('142');
    await dialog.getByRole('textbox', { name: 'Happened this many minutes before the discharge' }).fill('30');
    await expect(dialog).toContainText('It refers to');
    await page.screenshot({ path: `/tmp/late-dialog-${size.width}.png` });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Back to the client’s page' }).click();
    await page.getByRole('table', { name: 'Sessions, newest first' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/late-history-${size.width}.png` });
  });
}
