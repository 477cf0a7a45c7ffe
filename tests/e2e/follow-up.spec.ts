import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { addCalendarDays, localCalendarDate, localMidnight } from '../../shared/calendar-date';
import {
  createLockedVault,
  expect,
  expectAccessible,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  passphraseField,
  seedClient,
  test,
  uniqueName,
  unlockInMain,
} from './fixtures';
import { dispatch, MINUTE, openClient, seedDosedSession, tick } from './session-steps';

const QUOTE = 'I felt held by the music';
const PRIVATE_WORDS = 'Countertransference: reminds me of my brother';
const SURPRISED = 'Looking back over the past days, what surprised you about the session?';
const CARRY = 'What would you like to carry forward into the coming week?';

test('a dosed session proposes its follow-up: due in Today, prepared on one screen, exported as PDF, and its note started with the prompts', async ({
  page,
  server,
  filesDir,
}) => {
  await createLockedVault(server);
  await unlockInMain(server);
  await dispatch(server, 'settings.update', { idleLockMinutes: 240 });
  const name = uniqueName('Maren');
  const dosedAt = Date.now() - 3 * 60 * MINUTE;
  const sessionId = await seedDosedSession(server, dosedAt, { displayName: name, preferredName: 'Maren' });
  const { session } = await dispatch(server, 'sessions.get', { id: sessionId });
  const clientId = session.clientId;
  await dispatch(server, 'sessions.logEvent', { sessionId, entry: { kind: 'quote', text: QUOTE }, at: dosedAt + 30 * MINUTE });
  await dispatch(server, 'sessions.logEvent', {
    sessionId,
    entry: { kind: 'adverse-event', items: ['nausea'], text: 'Settled with rest' },
    at: dosedAt + 40 * MINUTE,
  });
  await dispatch(server, 'sessions.discharge', { id: sessionId, checklist: {}, at: dosedAt + 120 * MINUTE });
  await dispatch(server, 'homework.create', { clientId, title: 'Values walk', fields: { type: 'custom', instructions: 'Walk and notice' }, dueDate: null });
  const privateNote = await dispatch(server, 'notes.create', { clientId, kind: 'general', isPrivate: true, title: 'Process' });
  await dispatch(server, 'notes.save', {
    id: privateNote.id,
    baseRevision: privateNote.revision,
    title: 'Process',
    isPrivate: true,
    content: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: PRIVATE_WORDS }] }] }),
  });

  // The next day by the page's clock: the next-day check-in is due.
  const doseDay = localCalendarDate(dosedAt);
  await page.clock.install({ time: localMidnight(addCalendarDays(doseDay, 1)) + 9 * 60 * MINUTE });
  await page.goto(server.url);
  const today = page.getByRole('region', { name: 'Today', exact: true });
  const due = today.getByRole('region', { name: 'Follow-ups due' });
  await expect(due).toContainText(`${name} · Next-day check-in`);
  await expectAccessible(page, 'today with a follow-up due');
  await today.screenshot({ path: test.info().outputPath('today.png') });
  await due.getByRole('button', { name: `Prepare the follow-up of ${name}: Next-day check-in` }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Follow-up preparation' })).toBeVisible();
  const highlights = page.getByRole('list', { name: 'From the session' });
  await expect(highlights).toContainText(`Client's words: “${QUOTE}”`);
  await expect(highlights).toContainText('Adverse event: nausea. Settled with rest');
  await expect(page.getByRole('list', { name: 'Homework' })).toContainText('Values walk · Assigned');
  await expect(page.getByRole('list', { name: 'Notes since the dose' })).toContainText('Psychotherapy note (private)');
  await expect(page.getByRole('list', { name: 'Follow-up contacts' }).getByRole('listitem')).toHaveText([
    /^Next-day check-in · .* · planned/,
    /^One-week integration · .* · planned/,
  ]);

  // The prompts for this follow-up, chosen from the library.
  const plan = page.getByRole('region', { name: 'Follow-up prompts' });
  await plan.getByRole('button', { name: 'Plan follow-up prompts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan follow-up prompts' });
  for (const text of [SURPRISED, CARRY]) await tick(dialog.getByRole('checkbox', { name: text }));
  await dialog.getByRole('button', { name: 'Save plan' }).click();
  await expect(dialog).toBeHidden();
  await expect(plan.getByRole('list', { name: 'Planned follow-up prompts' }).getByRole('listitem')).toHaveText([SURPRISED, CARRY]);

  // The next-day check-in happened; the week's contact moves by two days.
  await page.getByRole('button', { name: 'Move: One-week integration' }).click();
  const move = page.getByRole('dialog', { name: 'Move: One-week integration' });
  await move.getByRole('textbox', { name: 'Day of the contact' }).fill(addCalendarDays(doseDay, 9));
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(move).toBeHidden();
  await page.getByRole('button', { name: 'Mark done: Next-day check-in' }).click();
  await page.getByRole('dialog', { name: 'Mark done: Next-day check-in' }).getByRole('button', { name: 'Mark done' }).click();
  await expect(page.getByRole('list', { name: 'Follow-up contacts' }).getByRole('listitem')).toHaveText([
    /^Next-day check-in · .* · done /,
    /^One-week integration · .* · planned, moved/,
  ]);
  await expectAccessible(page, 'follow-up preparation');
  // The page scrolls inside the shell: a tall window shows all of it at once, on screen and as printed.
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: viewport.width, height: 2600 });
  await page.screenshot({ path: test.info().outputPath('follow-up-preparation.png') });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Export PDF…' })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('follow-up-print.png') });
  // What the print dialog would put on paper: the whole page, without the app's bar and buttons.
  const printed = test.info().outputPath('printed.pdf');
  await page.pdf({ path: printed, format: 'A4' });
  const paper = execFileSync('pdftotext', ['-layout', printed, '-'], { encoding: 'utf8' });
  for (const part of ['Follow-up preparation', QUOTE, 'Values walk', SURPRISED, 'Still open']) expect(paper).toContain(part);
  for (const control of ['Export PDF', 'Mark done', 'Lock']) expect(paper).not.toContain(control);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(viewport);

  // The PDF, after the passphrase; no note's text in it.
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export the preparation as PDF' });
  await passphraseField(exportDialog, 'Your passphrase').fill(OTHER_PASSPHRASE);
  await exportDialog.getByRole('button', { name: 'Export PDF' }).click();
  await expect(exportDialog.getByText('That is not your passphrase. Nothing was exported.')).toBeVisible();
  expect(readdirSync(filesDir)).toEqual([]);
  await passphraseField(exportDialog, 'Your passphrase').fill(PASSPHRASE);
  await exportDialog.getByRole('button', { name: 'Export PDF' }).click();
  await expect(exportDialog.getByRole('status')).toHaveText(/^Saved follow-up-[a-z0-9]+-\d{4}-\d{2}-\d{2}\.pdf\.$/);
  await expectAccessible(page, 'follow-up PDF saved');
  await exportDialog.getByRole('button', { name: 'Close' }).click();
  const [pdfName] = readdirSync(filesDir);
  expect(pdfName!.toLowerCase()).not.toContain('maren');
  const text = execFileSync('pdftotext', ['-layout', join(filesDir, pdfName!), '-'], { encoding: 'utf8' });
  for (const section of [
    'Follow-up preparation',
    'Follow-up contacts',
    'From the session',
    'Notes since the dose',
    'Homework',
    'Prompts for the follow-up',
    'Measures',
    'Still open',
  ]) {
    expect(text).toContain(section);
  }
  expect(text).toContain(QUOTE);
  expect(text).toContain(SURPRISED);
  expect(text).toContain('Values walk');
  expect(text).toContain('private psychotherapy note (title only)');
  expect(text).not.toContain('Countertransference');

  // The week's contact will not happen: skipped, with the reason kept.
  await page.getByRole('button', { name: 'Skip: One-week integration' }).click();
  const skip = page.getByRole('dialog', { name: 'Skip: One-week integration' });
  await skip.getByRole('button', { name: 'Skip contact' }).click();
  await expect(skip.getByText('Say why it is skipped.')).toBeVisible();
  await skip.getByRole('textbox', { name: 'Reason' }).fill('Client travelling');
  await skip.getByRole('button', { name: 'Skip contact' }).click();
  await expect(skip).toBeHidden();
  await expect(page.getByRole('list', { name: 'Follow-up contacts' }).getByRole('listitem').nth(1)).toHaveText(/skipped: Client travelling$/);
  await expect(page.getByRole('button', { name: 'Mark done: One-week integration' })).toHaveCount(0);

  // The integration note starts from the session: the client's words and the chosen prompts.
  await page.getByRole('button', { name: 'Start the follow-up note' }).click();
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await expect(editor).toBeVisible();
  await expect(editor).toContainText(QUOTE);
  const prompts = editor.getByRole('region', { name: 'Prompt and response' });
  await expect(prompts).toHaveCount(2);
  await expect(prompts.first()).toContainText(SURPRISED);
  await expect(prompts.nth(1)).toContainText(CARRY);
});

test('the clinic sets the follow-up ladder in Settings', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Follow-up contacts' });
  await expect(section.getByRole('textbox', { name: 'Label of contact 1' })).toHaveValue('Next-day check-in');
  await section.getByRole('button', { name: 'Add a contact' }).click();
  await section.getByRole('button', { name: 'Save contacts' }).click();
  await expect(section).toContainText('a day of its own, and a label');
  await section.getByRole('textbox', { name: 'Label of contact 3' }).fill('Three-day check-in');
  await section.getByRole('textbox', { name: /^Days after the dose, contact 3/ }).fill('3');
  await section.getByRole('button', { name: 'Save contacts' }).click();
  await expect(section.getByRole('status')).toHaveText('Saved.');
  expect((await dispatch(server, 'settings.get', {})).followUpLadder).toEqual([
    { offsetDays: 1, label: 'Next-day check-in' },
    { offsetDays: 7, label: 'One-week integration' },
    { offsetDays: 3, label: 'Three-day check-in' },
  ]);
  await expectAccessible(page, 'follow-up settings');
  await section.screenshot({ path: test.info().outputPath('follow-up-settings.png') });
});

test('the client page opens the preparation, which says when no dose has been given yet', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Tove');
  await seedClient(server, { displayName: name });
  await page.goto(server.url);
  await openClient(page, name);
  await page.getByRole('button', { name: 'Prepare the follow-up' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-up preparation' })).toBeFocused();
  await expect(page.getByText('No dose has been given yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the follow-up note' })).toHaveCount(0);
  await expectAccessible(page, 'follow-up preparation before any dose');
  await page.getByRole('button', { name: `← ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});
