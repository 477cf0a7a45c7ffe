import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { addCalendarDays, localMidnight } from '../../shared/calendar-date';
import { DIFFICULTY_QUESTION, PHQ9_ITEMS } from '../../shared/measures/questionnaires';
import { test as base, createLockedVault, expect, expectAccessible, PASSPHRASE, passphraseField, uniqueName, unlockInMain } from './fixtures';
import { expectSaved } from './note-steps';
import { dispatch, fillVitals, MINUTE, openClient, reopenClient, roomClock, tick, timelineEntry } from './session-steps';

const PIN = '5173';
const HOUR = 60 * MINUTE;
/** The default induction course: 6 doses over 3 weeks, on these days after the first. */
const DOSE_DAYS = [0, 3, 7, 10, 14, 17];
/** The baseline, then one PHQ-9 after each dose: 8 of 27 is the first at least 50% below 18. */
const BASELINE_TOTAL = 18;
const TOTALS_AFTER_DOSE = [16, 14, 12, 10, 8, 7];
const FIFTH_DOSE_QUOTE = 'The fog lifted for a moment';
const LAST_DOSE_QUOTE = 'I could see the whole shoreline';
const PRIVATE_WORDS = 'Private process note: lighthouse';
const SUMMARY = 'Sixth dose of six, 50 mg IM, tolerated well; PHQ-9 down from 18 to 7.';

/**
 * Main's clock runs with the real one from a point the test sets, in step with the page's
 * (page.clock), so three weeks of doses happen in minutes and main accepts every time the page stamps.
 */
const test = base.extend<{ mainClock: { offset: number } }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured first argument.
  mainClock: async ({}, use) => use({ offset: 0 }),
  mainNow: async ({ mainClock }, use) => use(() => Date.now() + mainClock.offset),
});

/** Both clocks to `at`: the page's stays there (its timers keep running), main's runs on from it, so the page is never ahead. */
async function moveClocks(page: Page, mainClock: { offset: number }, at: number): Promise<void> {
  mainClock.offset = at - Date.now();
  await page.clock.setFixedTime(at);
}

/** PHQ-9 answers (0–3) adding up to `total`, item 9 always 0 so no safety flag is raised. */
function answersFor(total: number): string[] {
  const first8 = Array.from({ length: 8 }, (_, index) => Math.max(0, Math.min(3, total - 3 * index)));
  return [...first8, 0].map(String);
}

/** From the client's page: the screen handed to the client, a PHQ-9 answered by keys, taken back with the PIN. */
async function phq9ThroughHandover(page: Page, name: string, total: number): Promise<void> {
  await page.getByRole('region', { name: 'Measures' }).getByRole('button', { name: 'Hand to client' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hand the screen to the client' });
  await expect(dialog.getByRole('radio', { name: 'Patient Health Questionnaire (PHQ-9)' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Hand over' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  for (const [index, key] of answersFor(total).entries()) {
    await expect(page.getByRole('radiogroup', { name: `Question ${index + 1} of 10 ${PHQ9_ITEMS[index]}` })).toBeVisible();
    await page.keyboard.press(key);
  }
  const difficulty = page.getByRole('radiogroup', { name: `Question 10 of 10 ${DIFFICULTY_QUESTION}` });
  await difficulty.getByText('Somewhat difficult').click();
  await expect(difficulty.getByRole('radio', { name: 'Somewhat difficult' })).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { name: 'Done — thank you', level: 1 })).toBeFocused();
  const secret = passphraseField(page, "Therapist's PIN or passphrase");
  await secret.fill(PIN);
  await secret.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The text of the one PDF in `filesDir` whose name starts with `prefix`, as pdftotext reads it. */
function pdfText(filesDir: string, prefix: string): string {
  const found = readdirSync(filesDir).filter((file) => file.startsWith(prefix));
  expect(found).toHaveLength(1);
  return execFileSync('pdftotext', ['-layout', join(filesDir, found[0]!), '-'], { encoding: 'utf8' });
}

test('a treatment course: evaluation, baseline, six doses each with a PHQ-9 handed to the client, response on the chart, the follow-up and the prescriber PDFs', async ({
  page,
  server,
  filesDir,
  mainClock,
}) => {
  // A hang guard for a long walk through three weeks, not a timing goal.
  test.setTimeout(300_000);
  const firstDoseDay = '2026-06-01';
  const evaluationDay = addCalendarDays(firstDoseDay, -7);
  const atNine = (day: string) => localMidnight(day) + 9 * HOUR;
  mainClock.offset = atNine(evaluationDay) - Date.now();
  await page.clock.install({ time: atNine(evaluationDay) });
  await createLockedVault(server);
  await unlockInMain(server);
  await dispatch(server, 'settings.update', { idleLockMinutes: 240 });
  const name = uniqueName('Ingrid');
  await dispatch(server, 'clients.create', { displayName: name });
  await page.goto(server.url);

  // The hand-over PIN, set once in Settings.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const pinSection = page.getByRole('region', { name: 'Hand-over PIN' });
  await passphraseField(pinSection, 'PIN').fill(PIN);
  await passphraseField(pinSection, 'The same PIN again').fill(PIN);
  await pinSection.getByRole('button', { name: 'Set the PIN' }).click();
  await expect(pinSection.getByRole('status')).toHaveText('PIN saved.');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  await openClient(page, name);

  // 1. The evaluation: a candidate, consent given today; the baseline PHQ-9 answered by the client.
  const evaluation = page.getByRole('region', { name: 'Evaluation' });
  await evaluation.getByRole('button', { name: 'Record evaluation' }).click();
  const evaluationDialog = page.getByRole('dialog', { name: 'Record an evaluation' });
  await evaluationDialog.getByRole('textbox', { name: 'Presenting symptoms' }).fill('Depression unresponsive to two antidepressant trials.');
  await tick(evaluationDialog.getByRole('radiogroup', { name: 'Candidacy' }).getByRole('radio', { name: 'Candidate', exact: true }));
  await evaluationDialog.getByRole('textbox', { name: 'Consent given on' }).fill(evaluationDay);
  await evaluationDialog.getByRole('button', { name: 'Save evaluation' }).click();
  await expect(evaluationDialog).toBeHidden();
  await expect(evaluation.getByRole('heading', { level: 3, name: /^Evaluation of / })).toBeVisible();
  await phq9ThroughHandover(page, name, BASELINE_TOTAL);
  const measures = page.getByRole('region', { name: 'Measures' });
  // The measures' rows, newest first, without the header and the rows naming a course.
  const measureRows = measures
    .getByRole('table', { name: 'Measures, newest first' })
    .getByRole('row')
    .filter({ hasText: / of 27/ });
  await expect(measureRows.first()).toContainText(`${BASELINE_TOTAL} of 27`);
  await expect(measureRows.first()).toContainText('Moderately severe');

  // 2. The induction course, its first dose a week after the evaluation.
  const course = page.getByRole('region', { name: 'Course', exact: true });
  await course.getByRole('button', { name: 'Start an induction course' }).click();
  const start = page.getByRole('dialog', { name: 'Start an induction course' });
  await expect(start.getByRole('textbox', { name: 'Number of doses' })).toHaveValue('6');
  await expect(start.getByRole('textbox', { name: 'Over how many weeks' })).toHaveValue('3');
  await start.getByLabel('First dose').fill(firstDoseDay);
  await start.getByRole('button', { name: 'Start course' }).click();
  await expect(start).toBeHidden();
  await expect(course.getByText('Dose 1 of 6', { exact: true })).toBeVisible();

  // 3. Six dosing sessions on the planned days, each followed by a PHQ-9 the client answers.
  for (const [index, days] of DOSE_DAYS.entries()) {
    const number = index + 1;
    const checkInAt = atNine(addCalendarDays(firstDoseDay, days));
    const dosedAt = checkInAt + 10 * MINUTE;
    await moveClocks(page, mainClock, checkInAt);
    await reopenClient(page, name);
    await expect(course.getByText(`Dose ${number} of 6`, { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Plan a session' }).click();
    const plan = page.getByRole('dialog', { name: `Plan a session with ${name}` });
    await tick(plan.getByRole('radio', { name: /^Intramuscular ketamine/ }));
    await plan.getByRole('textbox', { name: 'Dose (mg)' }).fill('50');
    await expect(plan.getByRole('textbox', { name: 'Session number in the course' })).toHaveValue(String(number));
    await plan.getByRole('button', { name: 'Plan and go to check-in' }).click();

    const checkIn = page.getByRole('form', { name: 'Check in' });
    await fillVitals(checkIn, { systolic: 124, diastolic: 80, heartRate: 72, spo2: 98 });
    await tick(checkIn.getByRole('checkbox', { name: 'Pre-dose vitals recorded' }));
    await tick(checkIn.getByRole('checkbox', { name: /^Ride home confirmed/ }));
    await checkIn.getByRole('button', { name: 'Check in' }).click();

    await moveClocks(page, mainClock, dosedAt);
    await page.getByRole('button', { name: 'Dose given (50 mg): start the clock' }).click();
    await expect(roomClock(page)).toHaveText('00:00');

    await moveClocks(page, mainClock, dosedAt + 20 * MINUTE);
    await page.keyboard.press('v');
    const vitals = page.getByRole('dialog', { name: 'Vitals' });
    await fillVitals(vitals, { systolic: 138, diastolic: 86, heartRate: 80 });
    await vitals.getByRole('button', { name: 'Add to timeline' }).click();
    await expect(timelineEntry(page, /^Vitals at T\+20:/)).toBeVisible();

    const quote = number === 5 ? FIFTH_DOSE_QUOTE : number === 6 ? LAST_DOSE_QUOTE : null;
    if (quote) {
      await page.keyboard.press('q');
      const words = page.getByRole('dialog', { name: "Client's words" });
      await words.getByRole('textbox', { name: 'Their words, as said' }).fill(quote);
      await words.getByRole('textbox', { name: 'Their words, as said' }).press('Enter');
      await expect(timelineEntry(page, /^Client's words at T\+20:/)).toContainText(`“${quote}”`);
    }

    await moveClocks(page, mainClock, dosedAt + 2 * HOUR);
    await page.getByRole('button', { name: 'Discharge…' }).click();
    const discharge = page.getByRole('dialog', { name: 'Discharge' });
    for (const item of ['Vitals acceptable', 'Sedation resolved (MOAA/S 5)', 'Ride home present']) await tick(discharge.getByRole('checkbox', { name: item }));
    await discharge.getByRole('button', { name: 'Discharge and end the session' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${name}: session ${number}` })).toBeVisible();

    await moveClocks(page, mainClock, dosedAt + 2 * HOUR + 5 * MINUTE);
    await page.getByRole('button', { name: 'Back to the client’s page' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await phq9ThroughHandover(page, name, TOTALS_AFTER_DOSE[index]!);
    await expect(measureRows.first()).toContainText(`${TOTALS_AFTER_DOSE[index]} of 27`);
  }

  // A private process note on the last session.
  await moveClocks(page, mainClock, atNine(addCalendarDays(firstDoseDay, DOSE_DAYS.at(-1)!)) + 3 * HOUR);
  await page.getByRole('button', { name: 'Open session 6' }).click();
  await page.getByRole('button', { name: 'Write a session note' }).click();
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await expect(editor).toBeVisible();
  await tick(page.getByRole('switch', { name: 'Psychotherapy note (private)' }));
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(PRIVATE_WORDS);
  await expectSaved(page);

  // 4. The measures: seven PHQ-9s, all by the client, and response reached at the fifth dose's.
  await page.getByRole('button', { name: `← ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(measureRows).toHaveCount(1 + DOSE_DAYS.length);
  await expect(measureRows.filter({ hasText: 'PHQ-9 (by the client)' })).toHaveCount(1 + DOSE_DAYS.length);
  await expect(measureRows.first()).toContainText('Response: at least 50% below the baseline');
  await expect(measures.locator('.measure-chart')).toContainText(`Response ≤ ${BASELINE_TOTAL / 2}`);
  await expect(measures.getByRole('term').filter({ hasText: /^Response$/ })).toBeVisible();
  await expect(measures.getByRole('definition').filter({ hasText: /^Reached .*: at least 50% below the baseline$/ })).toBeVisible();
  await expect(course.getByRole('list', { name: 'Planned doses' }).getByRole('listitem').nth(5)).toContainText('Given');
  await measures.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('measures-after-six-doses.png') });

  // 5. The follow-up preparation: the last dose's words, not the fifth's; its PDF without the private note's text.
  await page.getByRole('button', { name: 'Prepare the follow-up' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-up preparation' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(/Session 6 · Intramuscular \(IM\) · dosed /);
  const highlights = page.getByRole('list', { name: 'From the session' });
  await expect(highlights).toContainText(`Client's words: “${LAST_DOSE_QUOTE}”`);
  await expect(page.getByRole('main')).not.toContainText(FIFTH_DOSE_QUOTE);
  await expect(page.getByRole('list', { name: 'Notes since the dose' })).toContainText('Psychotherapy note (private)');
  await page.screenshot({ path: test.info().outputPath('follow-up-after-six-doses.png'), fullPage: true });
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export the preparation as PDF' });
  await passphraseField(exportDialog, 'Your passphrase').fill(PASSPHRASE);
  await exportDialog.getByRole('button', { name: 'Export PDF' }).click();
  await expect(exportDialog.getByRole('status')).toHaveText(/^Saved follow-up-[a-z0-9]+-\d{4}-\d{2}-\d{2}\.pdf\.$/);
  await exportDialog.getByRole('button', { name: 'Close' }).click();
  const followUp = pdfText(filesDir, 'follow-up-');
  for (const heading of ['Follow-up preparation', 'Follow-up contacts', 'From the session', 'Notes since the dose', 'Homework', 'Measures', 'Still open']) {
    expect(followUp).toContain(heading);
  }
  expect(followUp).toContain(LAST_DOSE_QUOTE);
  expect(followUp).not.toContain(FIFTH_DOSE_QUOTE);
  expect(followUp).not.toContain('lighthouse');

  // The prescriber's summary of the last session, made in main from the record and the therapist's words.
  await page.getByRole('button', { name: `← ${name}` }).click();
  await page.getByRole('button', { name: 'Open session 6' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name}: session 6` })).toBeVisible();
  const prescriber = page.getByRole('region', { name: 'Summary for the prescriber' });
  await prescriber.getByRole('button', { name: 'Make a summary for the prescriber' }).click();
  const summaryDialog = page.getByRole('dialog', { name: 'Summary for the prescriber' });
  await summaryDialog.getByRole('textbox', { name: 'Your summary for the prescriber' }).fill(SUMMARY);
  await passphraseField(summaryDialog, 'Your passphrase').fill(PASSPHRASE);
  await summaryDialog.getByRole('button', { name: 'Make the PDF' }).click();
  await expect(summaryDialog.getByRole('status').filter({ hasText: /^Saved / })).toHaveText(/^Saved prescriber-summary-[a-z0-9]{8}-\d{4}-\d{2}-\d{2}\.pdf\.$/);
  await summaryDialog.getByRole('button', { name: 'Close' }).click();
  await expect(summaryDialog).toBeHidden();
  const forPrescriber = pdfText(filesDir, 'prescriber-summary-');
  expect(forPrescriber.replace(/\s+/g, ' ')).toContain(SUMMARY);
  for (const heading of ['Vital signs', 'Discharge checklist', 'Latest measures']) expect(forPrescriber).toContain(heading);
  expect(forPrescriber).not.toContain('lighthouse');

  // 6. The client's page after the course passes axe.
  await page.getByRole('button', { name: 'Back to the client’s page' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectAccessible(page, 'client page after a course of six doses');
});
