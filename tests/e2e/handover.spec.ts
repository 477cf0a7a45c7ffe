import type { Page } from '@playwright/test';
import { MEASURE_STEM, PHQ9_ITEMS, GAD7_ITEMS, DIFFICULTY_QUESTION } from '../../shared/measures/questionnaires';
import { createLockedVault, expect, expectAccessible, passphraseField, PASSPHRASE, seedClient, test, uniqueName, unlock, unlockInMain } from './fixtures';
import { openClient } from './session-steps';

const PIN = '4826';

function question(page: Page, number: number, of: number, text: string) {
  return page.getByRole('radiogroup', { name: `Question ${number} of ${of} ${text}` });
}

const phq9Question = (page: Page, number: number) => question(page, number, 10, PHQ9_ITEMS[number - 1]!);

/** Whatever was tried, the window still shows the questionnaire and nothing of the record. */
async function expectStillHandedOver(page: Page, shown: ReturnType<typeof question>, name: string) {
  await expect(shown).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByText(name)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Clients' })).toHaveCount(0);
}

test('a PHQ-9 handed to the client: nothing else is reachable, answered by keys and mouse, saved through a reload, taken back with the PIN and scored', async ({
  page,
  server,
}) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Maren');
  const client = await seedClient(server, { displayName: name });
  await server.client.call('handover.setPin', { pin: PIN });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url);
  await openClient(page, name);

  const section = page.getByRole('region', { name: 'Measures' });
  await section.getByRole('button', { name: 'Hand to client' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hand the screen to the client' });
  await expect(dialog.getByRole('radio', { name: 'Patient Health Questionnaire (PHQ-9)' })).toBeChecked();
  await expectAccessible(page, 'hand to client');
  await dialog.getByRole('button', { name: 'Hand over' }).click();

  const first = phq9Question(page, 1);
  await expect(first.getByRole('radio', { name: 'Not at all' })).toBeFocused();
  await expect(page.getByText(MEASURE_STEM, { exact: true })).toBeVisible();
  await expectStillHandedOver(page, first, name);
  await expectAccessible(page, 'hand-over question');
  await page.screenshot({ path: 'test-results/handover-question-1280.png' });

  // Keys that close, go back or open something elsewhere in the app do nothing here.
  for (const key of ['Escape', 'Control+k', 'Control+f', 'Control+n', 'o', 'q', 'v', 'Control+Shift+l', 'F5']) {
    await page.keyboard.press(key);
    await expectStillHandedOver(page, first, name);
  }
  // A changed address, a typed address of another page, Back and Forward through them, and a reload all
  // come back to the questionnaire. (Here the history starts at about:blank, which Electron's window,
  // opening on the app itself, does not have: Back is tried over the app's own entries.)
  await page.evaluate(() => {
    window.location.hash = '#/clients';
  });
  await expectStillHandedOver(page, first, name);
  await page.goto(`${server.url}#/client/${client.id}`);
  await expectStillHandedOver(page, first, name);
  await page.goBack();
  await expect(page).toHaveURL(/#\/clients$/);
  await expectStillHandedOver(page, first, name);
  await page.keyboard.press('Alt+ArrowLeft');
  await page.goForward();
  await expectStillHandedOver(page, first, name);
  await page.reload();
  await expectStillHandedOver(page, first, name);
  // Main refuses the record itself, whatever the window does.
  await expect(server.client.call('clients.get', { id: client.id })).rejects.toMatchObject({ code: 'HANDED_OVER' });

  // Number keys answer and move on; a reload midway opens at the first question not yet answered, the answers kept.
  await expect(first.getByRole('radio', { name: 'Not at all' })).toBeFocused();
  for (const key of ['2', '1', '0']) await page.keyboard.press(key);
  await expect(phq9Question(page, 4)).toBeVisible();
  await page.reload();
  await expect(phq9Question(page, 4).getByRole('radio', { name: 'Not at all' })).toBeFocused();
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(phq9Question(page, 3).getByRole('radio', { name: 'Not at all' })).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  for (const key of ['3', '1']) await page.keyboard.press(key);

  // The rest with the mouse: choose, then Next.
  for (const [number, answer] of [
    [6, 'Several days'],
    [7, 'Not at all'],
    [8, 'Not at all'],
    [9, 'Several days'],
  ] as const) {
    await phq9Question(page, number).getByText(answer).click();
    await expect(phq9Question(page, number).getByRole('radio', { name: answer })).toBeChecked();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await question(page, 10, 10, DIFFICULTY_QUESTION).getByText('Somewhat difficult').click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'That was the last question' })).toBeFocused();
  await page.getByRole('button', { name: 'Finish' }).click();

  const done = page.getByRole('heading', { name: 'Done — thank you', level: 1 });
  await expect(done).toBeFocused();
  await expect(page.locator('body')).not.toContainText(/of 27|Mild|Minimal|Moderate|Severe/);
  await expectStillHandedOver(page, done, name);
  await expectAccessible(page, 'hand-over done');
  await page.screenshot({ path: 'test-results/handover-done-1280.png' });
  await page.reload();
  await expect(done).toBeVisible();

  // A wrong PIN is refused on the field; the right one returns to the client's page, where the measure is scored.
  const secret = passphraseField(page, "Therapist's PIN or passphrase");
  await secret.fill('1111');
  await secret.press('Enter');
  await expect(secret).toHaveAccessibleDescription(/That PIN is not right\./);
  await secret.fill(PIN);
  await secret.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const rows = section.getByRole('table', { name: 'Measures, newest first' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('PHQ-9 (by the client)');
  await expect(rows.nth(1)).toContainText('9 of 27');
  await expect(rows.nth(1)).toContainText('Mild');
  await expect(rows.nth(1)).toContainText('Item 9 answered above 0');
  await expect(section.getByRole('list', { name: 'Unfinished questionnaires' })).toHaveCount(0);
});

test('an unfinished GAD-7 is kept through a lock, continued and discarded; the PIN is set in Settings', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Tove');
  await seedClient(server, { displayName: name });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(server.url);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const pinSection = page.getByRole('region', { name: 'Hand-over PIN' });
  await expect(pinSection.getByRole('status')).toHaveText('No PIN is set: your passphrase takes the screen back.');
  await passphraseField(pinSection, 'PIN').fill('12');
  await pinSection.getByRole('button', { name: 'Set the PIN' }).click();
  await expect(passphraseField(pinSection, 'PIN')).toHaveAccessibleDescription(/Use 4 to 8 digits\./);
  await passphraseField(pinSection, 'PIN').fill(PIN);
  await passphraseField(pinSection, 'The same PIN again').fill(PIN);
  await pinSection.getByRole('button', { name: 'Set the PIN' }).click();
  await expect(pinSection.getByRole('status')).toHaveText('PIN saved.');
  await expectAccessible(page, 'settings with the hand-over PIN');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  await openClient(page, name);
  const section = page.getByRole('region', { name: 'Measures' });
  await section.getByRole('button', { name: 'Hand to client' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hand the screen to the client' });
  await dialog.getByText('Generalized Anxiety Disorder scale (GAD-7)').click();
  await dialog.getByRole('button', { name: 'Hand over' }).click();
  await expect(question(page, 1, 7, GAD7_ITEMS[0]).getByRole('radio', { name: 'Not at all' })).toBeFocused();
  await page.keyboard.press('1');
  await expect(question(page, 2, 7, GAD7_ITEMS[1]).getByRole('radio', { name: 'Not at all' })).toBeFocused();
  await expectAccessible(page, 'hand-over question, dark');
  await page.screenshot({ path: 'test-results/handover-question-dark-1024.png' });
  await page.keyboard.press('2');
  await expect(question(page, 3, 7, GAD7_ITEMS[2])).toBeVisible();

  // The lock shortcut still works (it only hides); the unlock needs the passphrase and ends the hand-over.
  await page.keyboard.press('Control+l');
  await unlock(page, PASSPHRASE);
  await openClient(page, name);
  const unfinished = section.getByRole('list', { name: 'Unfinished questionnaires' });
  await expect(unfinished.getByRole('listitem')).toContainText('Unfinished GAD-7: 2 of 7 answered');
  await expectAccessible(page, 'client page with an unfinished questionnaire');

  await unfinished.getByRole('button', { name: 'Continue the unfinished GAD-7 with the client' }).click();
  await expect(question(page, 3, 7, GAD7_ITEMS[2]).getByRole('radio', { name: 'Not at all' })).toBeFocused();
  await page.getByRole('button', { name: 'For the therapist: take the screen back' }).click();
  await expect(page.getByRole('heading', { name: 'Take the screen back', level: 1 })).toBeFocused();
  await page.getByRole('button', { name: 'Back to the questions' }).click();
  await expect(question(page, 3, 7, GAD7_ITEMS[2])).toBeVisible();
  await page.keyboard.press('3');
  await page.getByRole('button', { name: 'For the therapist: take the screen back' }).click();
  const secret = passphraseField(page, "Therapist's PIN or passphrase");
  await secret.fill(PASSPHRASE);
  await secret.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(unfinished.getByRole('listitem')).toContainText('Unfinished GAD-7: 3 of 7 answered');
  await unfinished.getByRole('button', { name: 'Discard the unfinished GAD-7' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Discard the unfinished GAD-7?' });
  await confirm.getByRole('button', { name: 'Discard' }).click();
  await expect(unfinished).toHaveCount(0);
  await expect(section).toContainText('No measures yet.');
});
