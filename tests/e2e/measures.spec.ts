import type { Locator, Page } from '@playwright/test';
import { GAD7_ITEMS, PHQ9_ITEMS } from '../../shared/measures/questionnaires';
import { createLockedVault, expect, expectAccessible, seedClient, test, uniqueName, unlockInMain } from './fixtures';
import { openClient } from './session-steps';

const ITEM9_FLAG = 'Item 9 answered above 0: thoughts of being better off dead or of self-harm';

/** A YYYY-MM-DD date some days from today, local time, as the date input takes it. */
function isoDateIn(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

function measuresSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Measures' });
}

function item(dialog: Locator, index: number): Locator {
  return dialog.getByRole('radiogroup', { name: `${index + 1}. ${PHQ9_ITEMS[index]}` });
}

test('record a baseline PHQ-9 with the mouse and a later one with number keys; totals, bands, the item 9 flag and response show', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Ilse');
  await seedClient(server, { displayName: name });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(server.url);
  await openClient(page, name);

  const section = measuresSection(page);
  await expect(section).toContainText('No measures yet.');

  // The baseline, two weeks ago, answered with the mouse: 18 of 27, moderately severe, item 9 not endorsed.
  await section.getByRole('button', { name: 'Record PHQ-9' }).click();
  const baseline = page.getByRole('dialog', { name: 'Record PHQ-9' });
  await expect(item(baseline, 0).getByRole('radio', { name: 'Not at all' })).toBeFocused();
  await expectAccessible(page, 'record PHQ-9');
  await page.screenshot({ path: 'test-results/measures-dialog-top-1280.png' });
  await baseline.getByRole('button', { name: 'Save PHQ-9' }).click();
  await expect(item(baseline, 0).getByRole('radio', { name: 'Not at all' })).toHaveAccessibleDescription(/Choose an answer\./);
  await expect(item(baseline, 8).getByRole('radio', { name: 'Not at all' })).toHaveAccessibleDescription(/Choose an answer\./);
  await expect(item(baseline, 0).getByRole('radio', { name: 'Not at all' })).toBeFocused();
  await baseline.getByLabel('Taken on').fill(isoDateIn(-14));
  const answers = ['Nearly every day', 'Nearly every day', ...Array<string>(6).fill('More than half the days'), 'Not at all'];
  for (const [index, answer] of answers.entries()) await item(baseline, index).getByText(answer).click();
  await expect(baseline).toContainText('Total 18 of 27: Moderately severe');
  await expect(baseline).not.toContainText(ITEM9_FLAG);
  await page.screenshot({ path: 'test-results/measures-dialog-1280.png' });
  await baseline.getByRole('button', { name: 'Save PHQ-9' }).click();
  await expect(baseline).toBeHidden();

  const table = section.getByRole('table', { name: 'Measures, newest first' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('18 of 27');
  await expect(rows.nth(1)).toContainText('Moderately severe');
  await expect(rows.nth(1)).toContainText('Baseline');
  await expect(section).not.toContainText(ITEM9_FLAG);

  // Today's, typed one key per item from the first: 7 of 27 with item 9 answered 1.
  await section.getByRole('button', { name: 'Record PHQ-9' }).click();
  const later = page.getByRole('dialog', { name: 'Record PHQ-9' });
  await expect(later.getByLabel('Taken on')).toHaveValue(isoDateIn(0));
  await expect(item(later, 0).getByRole('radio', { name: 'Not at all' })).toBeFocused();
  for (const key of ['1', '1', '1', '1', '1', '1', '0', '0', '1']) await page.keyboard.press(key);
  await expect(item(later, 8).getByRole('radio', { name: 'Several days' })).toBeChecked();
  await expect(item(later, 0).getByRole('radio', { name: 'Several days' })).toBeChecked();
  await expect(item(later, 6).getByRole('radio', { name: 'Not at all' })).toBeChecked();
  await expect(later).toContainText('Total 7 of 27: Mild');
  await expect(later).toContainText(ITEM9_FLAG);
  await later.getByRole('button', { name: 'Save PHQ-9' }).click();
  await expect(later).toBeHidden();

  await expect(rows).toHaveCount(3);
  const newest = rows.nth(1);
  await expect(newest).toContainText('7 of 27');
  await expect(newest).toContainText('Mild');
  await expect(newest).toContainText(ITEM9_FLAG);
  await expect(newest).toContainText('Item 9 higher than at the measure before');
  await expect(newest).toContainText('Response: at least 50% below the baseline');
  await expect(section.getByRole('definition').filter({ hasText: ITEM9_FLAG })).toBeVisible();
  await expect(section.getByRole('definition').filter({ hasText: /^Reached .*: at least 50% below the baseline$/ })).toBeVisible();
  await expectAccessible(page, 'client page with measures');

  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/measures-1280.png', fullPage: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/measures-1920.png' });

  // A mistaken entry is withdrawn with a reason: it stays in the table, and the course no longer counts it.
  await newest.getByRole('button', { name: /^Withdraw the PHQ-9 of / }).click();
  const withdraw = page.getByRole('dialog', { name: /^Withdraw the PHQ-9 of / });
  await withdraw.getByRole('textbox', { name: 'Reason' }).fill('Entered for the wrong client');
  await withdraw.getByRole('button', { name: 'Withdraw' }).click();
  await expect(withdraw).toBeHidden();
  await expect(rows).toHaveCount(3);
  await expect(newest).toContainText('Withdrawn: Entered for the wrong client');
  await expect(newest).not.toContainText('Response');
  await expect(newest.getByRole('button', { name: /^Withdraw/ })).toHaveCount(0);
  await expect(section.getByRole('term').filter({ hasText: 'Response' })).toHaveCount(0);
  await expect(section.getByRole('term').filter({ hasText: 'Latest PHQ-9' })).toHaveCount(0);
});

test('a GAD-7 has its seven items and no difficulty question, and is scored on its own bands', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Tove');
  await seedClient(server, { displayName: name });
  await page.goto(server.url);
  await openClient(page, name);

  const section = measuresSection(page);
  await section.getByRole('button', { name: 'Record GAD-7' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record GAD-7' });
  await expect(dialog.getByRole('radiogroup')).toHaveCount(GAD7_ITEMS.length);
  await expect(dialog).not.toContainText('how difficult');
  await expect(dialog.getByRole('radiogroup', { name: `1. ${GAD7_ITEMS[0]}` }).getByRole('radio', { name: 'Not at all' })).toBeFocused();
  for (const key of ['3', '3', '3', '3', '3', '0', '0']) await page.keyboard.press(key);
  await expect(dialog).toContainText('Total 15 of 21: Severe');
  await dialog.getByRole('button', { name: 'Save GAD-7' }).click();
  await expect(dialog).toBeHidden();

  const row = section.getByRole('table', { name: 'Measures, newest first' }).getByRole('row').nth(1);
  await expect(row).toContainText('GAD-7');
  await expect(row).toContainText('15 of 21');
  await expect(row).toContainText('Severe');
  await expect(row).toContainText('Baseline');
  await expect(section).not.toContainText(ITEM9_FLAG);
});
