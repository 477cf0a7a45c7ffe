import { expect, expectAccessible, test, uniqueName, createLockedVault, unlockInMain } from './fixtures';
import { dispatch, openClient, seedDosedSession } from './session-steps';

const SERVICE_DATE = /date of service (Nov 3, 2026|3 Nov 2026)/;

test('a draft’s date of service is chosen on the note, never after today, and shown with the kind in the notes list and on the session', async ({
  page,
  server,
}) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const displayName = uniqueName('Sabine');
  const sessionId = await seedDosedSession(server, Date.now() - 3 * 60 * 60_000, { displayName, preferredName: 'Sabine' });
  await dispatch(server, 'sessions.discharge', { id: sessionId, checklist: {} });
  const { session } = await dispatch(server, 'sessions.get', { id: sessionId });
  await dispatch(server, 'notes.create', { clientId: session.clientId, kind: 'session', sessionId, title: 'Dosing day' });
  const call = await dispatch(server, 'notes.create', { clientId: session.clientId, kind: 'general', title: 'Phone call' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url);
  await openClient(page, displayName);

  await page.getByRole('button', { name: /^Open Phone call/ }).click();
  const field = page.getByRole('textbox', { name: 'Date of service' });
  await expect(field).toHaveValue(call.serviceDate);
  await field.fill('2999-01-01');
  await expect(page.getByRole('alert')).toHaveText('The date of service cannot be after today.');
  await field.fill('2026-11-03');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(async () => (await dispatch(server, 'notes.get', { id: call.id })).serviceDate).toBe('2026-11-03');
  await expectAccessible(page, 'draft note with its date of service');
  await page.screenshot({ path: 'test-results/note-service-date-1280.png' });

  await page.getByRole('button', { name: `← ${displayName}` }).click();
  const notes = page.getByRole('list', { name: /notes/i }).getByRole('listitem');
  await expect(notes.filter({ hasText: 'Phone call' })).toContainText(SERVICE_DATE);
  await expect(notes.filter({ hasText: 'Phone call' })).toContainText('General note');

  await page.getByRole('button', { name: 'Open session 1' }).click();
  const sessionNotes = page.getByRole('list', { name: 'Notes for this session' }).getByRole('listitem');
  await expect(sessionNotes).toHaveCount(1);
  await expect(sessionNotes).toContainText('Dosing day · Session note · date of service');
});
