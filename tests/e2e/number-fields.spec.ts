import type { Page } from '@playwright/test';
import type { PreviewServer } from '../../tools/preview/preview-server';
import { expect, test } from './fixtures';
import { dispatch, openDosedRoom } from './session-steps';

/** The doses main has on record for the session, in mg, in order. */
async function dosesInMain(server: PreviewServer, id: string): Promise<number[]> {
  const { events } = await dispatch(server, 'sessions.get', { id });
  return events.flatMap((event) => (event.entry?.kind === 'dose' ? [event.entry.amountMg] : []));
}

async function openRoom(page: Page, server: PreviewServer): Promise<string> {
  return (await openDosedRoom(page, server, 'Odile', 2)).sessionId;
}

test('a number field refuses what is not a plain number, says why, keeps what was typed, and logs nothing from it', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const id = await openRoom(page, server);
  await page.keyboard.press('d');
  const dose = page.getByRole('dialog', { name: 'Dose' });
  const amount = dose.getByRole('textbox', { name: 'Amount (mg)' });
  const add = dose.getByRole('button', { name: 'Add to timeline' });

  // A decimal comma is not a decimal point in English: not 125, not 12.5, and said on leaving the field.
  await amount.fill('12,5');
  await expect(dose).not.toContainText('is not a number here');
  await amount.press('Tab');
  await expect(amount).toHaveValue('12,5');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(dose).toContainText('“12,5” is not a number here. Use digits, and a point for decimals.');
  await page.screenshot({ path: test.info().outputPath('dose-refused-1280.png') });
  await add.click();
  await expect(dose).toBeVisible();
  await expect(dose).toContainText('“12,5” is not a number here.');

  // A letter for a zero, and an exponent: refused the same way, by Enter too.
  await amount.fill('5o');
  await expect(dose).not.toContainText('is not a number here');
  await amount.press('Enter');
  await expect(amount).toHaveValue('5o');
  await expect(dose).toContainText('“5o” is not a number here.');
  await amount.fill('1e9');
  await amount.press('Tab');
  await expect(amount).toHaveValue('1e9');
  await expect(dose).toContainText('“1e9” is not a number here.');
  await add.click();
  await expect(dose).toBeVisible();

  // A refused "minutes ago" is not "now": the dose is not logged at the wrong time.
  await amount.fill('12.5');
  const ago = dose.getByRole('textbox', { name: 'Given this many minutes ago' });
  await ago.fill('1o');
  await amount.press('Enter');
  await expect(dose).toContainText('“1o” is not a number here. Use whole numbers in digits.');
  await expect(ago).toBeFocused();
  await add.click();
  await expect(dose).toBeVisible();
  await page.waitForTimeout(300);
  expect(await dosesInMain(server, id)).toEqual([50]);

  // A plain number is taken as typed.
  await ago.fill('');
  await add.click();
  await expect(dose).toBeHidden();
  await expect.poll(() => dosesInMain(server, id)).toEqual([50, 12.5]);
});

test('a prefilled number shows as a number, and a correction is read as strictly', async ({ page, server }) => {
  const id = await openRoom(page, server);
  await page.keyboard.press('d');
  const dose = page.getByRole('dialog', { name: 'Dose' });
  await dose.getByRole('textbox', { name: 'Amount (mg)' }).fill('7.5');
  await dose.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(dose).toBeHidden();
  await expect.poll(() => dosesInMain(server, id)).toEqual([50, 7.5]);

  await page
    .getByRole('list', { name: 'Timeline, newest first' })
    .getByRole('article', { name: /^Dose at/ })
    .first()
    .getByRole('button', { name: /^Correct/ })
    .click();
  const correction = page.getByRole('dialog', { name: 'Correct: Dose' });
  const amount = correction.getByRole('textbox', { name: 'Amount (mg)' });
  await expect(amount).toHaveValue('7.5');
  await amount.fill('7,5');
  await correction.getByRole('button', { name: 'Save correction' }).click();
  await expect(correction).toContainText('“7,5” is not a number here.');
  await amount.fill('8');
  await correction.getByRole('button', { name: 'Save correction' }).click();
  await expect(correction).toBeHidden();
});
