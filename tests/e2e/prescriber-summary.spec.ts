import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { noteJson, paragraph } from '../support/note-docs';
import { createLockedVault, expect, expectAccessible, OTHER_PASSPHRASE, PASSPHRASE, passphraseField, test, uniqueName, unlockInMain } from './fixtures';
import { dispatch, MINUTE, openClient, seedDosedSession } from './session-steps';

const PRIVATE_WORDS = 'My own tiredness in the room, kept private';
const SUMMARY = 'Tolerated 50 mg well. Blood pressure peaked at T+20 and settled by T+60; nausea eased with rest.';

test('a discharged session shows its vitals as a chart and a table, and makes a PDF for the prescriber', async ({ page, server, filesDir }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const displayName = uniqueName('Odile');
  const dosedAt = Date.now() - 130 * MINUTE;
  const sessionId = await seedDosedSession(server, dosedAt, { displayName, preferredName: 'Odile' });
  const log = (entry: Parameters<typeof dispatch<'sessions.logEvent'>>[2]['entry'], minutes: number) =>
    dispatch(server, 'sessions.logEvent', { sessionId, entry, at: dosedAt + minutes * MINUTE });
  await log({ kind: 'vitals', vitals: { systolic: 186, diastolic: 104, heartRate: 94, spo2: 97 } }, 20);
  await log({ kind: 'sedation', moaas: 4 }, 25);
  await log({ kind: 'adverse-event', items: ['nausea'] }, 30);
  await log({ kind: 'vitals', vitals: { systolic: 142, diastolic: 88, heartRate: 80, spo2: 98 } }, 60);
  await dispatch(server, 'sessions.discharge', { id: sessionId, checklist: { 'vitals-acceptable': true }, at: dosedAt + 120 * MINUTE });
  await dispatch(server, 'sessions.addLateEntry', {
    sessionId,
    entry: { kind: 'vitals', vitals: { systolic: 128, diastolic: 80, heartRate: 74 } },
    at: dosedAt + 100 * MINUTE,
  });
  const { session } = await dispatch(server, 'sessions.get', { id: sessionId });
  const note = await dispatch(server, 'notes.create', { clientId: session.clientId, sessionId, kind: 'session', isPrivate: true, title: 'Process' });
  await dispatch(server, 'notes.save', {
    id: note.id,
    baseRevision: note.revision,
    title: 'Process',
    isPrivate: true,
    content: noteJson(paragraph(PRIVATE_WORDS)),
  });

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url);
  await page.getByRole('searchbox', { name: 'Find a client' }).fill(displayName);
  await openClient(page, displayName);
  await page.getByRole('button', { name: 'Open session 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${displayName}: session 1` })).toBeVisible();

  // The chart (for the eye; hidden from assistive technology) and the same readings as a table.
  const vitals = page.getByRole('region', { name: 'Vital signs' });
  await expect(vitals.locator('.vitals-chart .recharts-line')).toHaveCount(4);
  await expect(vitals.locator('.vitals-chart')).toHaveAttribute('aria-hidden', 'true');
  await expect(vitals.locator('.vitals-chart')).toContainText('Systolic above 180');
  const table = vitals.getByRole('table', { name: 'Vital signs in time order, with the thresholds each reading crossed' });
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('row').nth(1)).toContainText('T−10:00');
  const peak = table.getByRole('row').filter({ hasText: 'T+20:00' });
  await expect(peak).toContainText('BP 186/104 mmHg');
  await expect(peak).toContainText('Systolic 186 mmHg, above 180');
  await expect(peak).toContainText('+64 from baseline 122');
  const late = table.getByRole('row').filter({ hasText: 'T+1:40:00' });
  await expect(late).toContainText(/Late entry, written/);
  await expect(table.getByRole('row').filter({ hasText: 'T+1:00:00' })).toContainText('None');

  const prescriber = page.getByRole('region', { name: 'Summary for the prescriber' });
  await expect(prescriber).toContainText('No summary for the prescriber has been made for this session.');
  await expectAccessible(page, 'session summary with vitals chart');
  await page.screenshot({ path: test.info().outputPath('summary-screen.png') });
  await vitals.screenshot({ path: test.info().outputPath('vitals-section.png') });

  await prescriber.getByRole('button', { name: 'Make a summary for the prescriber' }).click();
  const dialog = page.getByRole('dialog', { name: 'Summary for the prescriber' });
  await expect(dialog).toBeVisible();
  // Both fields are needed; nothing reaches main without them.
  await dialog.getByRole('button', { name: 'Make the PDF' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Your summary for the prescriber' })).toHaveAccessibleDescription(/Write a few lines for the prescriber/);
  await dialog.getByRole('textbox', { name: 'Your summary for the prescriber' }).fill(SUMMARY);
  await passphraseField(dialog, 'Your passphrase').fill(OTHER_PASSPHRASE);
  await dialog.getByRole('button', { name: 'Make the PDF' }).click();
  await expect(dialog.getByText('That is not your passphrase. Nothing was saved.')).toBeVisible();
  expect(readdirSync(filesDir)).toEqual([]);
  await expectAccessible(page, 'prescriber summary dialog');
  await dialog.screenshot({ path: test.info().outputPath('prescriber-dialog.png') });

  await passphraseField(dialog, 'Your passphrase').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Make the PDF' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: /^Saved / })).toHaveText(/^Saved prescriber-summary-[a-z0-9]{8}-\d{4}-\d{2}-\d{2}\.pdf\.$/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(prescriber).toContainText(/Summary for prescriber made on \S.*\d{4}.*\d:\d\d( [AP]M)?\./);

  const [pdfName] = readdirSync(filesDir);
  expect(pdfName).toBeDefined();
  expect(pdfName!.toLowerCase()).not.toContain('odile');
  const pdfPath = join(filesDir, pdfName!);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text.replace(/\s+/g, ' ')).toContain(SUMMARY);
  for (const section of ['Vital signs', 'Sedation (MOAA/S)', 'Adverse events', 'Discharge checklist', 'Latest measures']) expect(text).toContain(section);
  expect(text).toContain('Minutes since the dose (T0)');
  expect(text).not.toContain(PRIVATE_WORDS);
  execFileSync('pdftoppm', ['-png', '-r', '70', pdfPath, test.info().outputPath('prescriber-pdf')]);

  // A remake starts from the last words.
  await prescriber.getByRole('button', { name: 'Make the summary again' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Your summary for the prescriber' })).toHaveValue(SUMMARY);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});
