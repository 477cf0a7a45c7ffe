import type { PreviewServer } from '../../tools/preview/preview-server';
import { createLockedVault, expect, expectAccessible, seedClient, test, uniqueName, unlockInMain } from './fixtures';

/** PHQ-9 answers adding up to `total`, with item 9 answered `item9`. */
function phq9(total: number, item9 = 0): number[] {
  const rest = total - item9;
  return [...Array.from({ length: 8 }, (_, i) => Math.max(0, Math.min(3, rest - 3 * i))), item9];
}

/** A YYYY-MM-DD date some days before today, local time. */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

/** A client with one PHQ-9 a week, the first `series.length` weeks ago. */
async function seedSeries(server: PreviewServer, first: string, series: readonly [number, number?][]): Promise<string> {
  const name = uniqueName(first);
  const { id } = await seedClient(server, { displayName: name });
  for (const [index, [total, item9]] of series.entries())
    await server.client.call('measures.record', { clientId: id, kind: 'phq-9', answers: phq9(total, item9), takenOn: daysAgo(7 * (series.length - index)) });
  return name;
}

test('the outcomes page counts remission and worsening across the caseload, with denominators, and opens a client', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const remitting = await seedSeries(server, 'Runa', [[21], [9], [4]]);
  const worsening = await seedSeries(server, 'Wendel', [[12], [11], [16, 1]]);
  await seedClient(server, { displayName: uniqueName('Nell') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url);

  await page.getByRole('button', { name: 'Outcomes', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Outcomes', level: 1 })).toBeVisible();
  const counts = page.getByRole('region', { name: 'Across the caseload' });
  await expect(counts).toContainText('2 of 3 clients on the active list have a PHQ-9; 0 of them only the baseline so far.');
  await expect(counts.getByRole('definition')).toHaveText([
    '1 of 2 clients with a baseline and a later PHQ-9',
    '1 of 2 clients with a baseline and a later PHQ-9',
    '1 of 2 clients with a baseline and a later PHQ-9',
  ]);

  const table = page.getByRole('table', { name: 'PHQ-9 outcomes of active clients, by name' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  const remittingRow = rows.filter({ hasText: remitting });
  await expect(remittingRow).toContainText('21 of 27, Severe');
  await expect(remittingRow).toContainText('4 of 27, Minimal');
  await expect(remittingRow.getByRole('cell').nth(2)).toHaveText(/^Reached /);
  await expect(remittingRow.getByRole('cell').nth(3)).toHaveText(/^Reached /);
  await expect(remittingRow.getByRole('cell').nth(4)).toHaveText('Not worse');
  const worseningRow = rows.filter({ hasText: worsening });
  await expect(worseningRow.getByRole('cell').nth(2)).toHaveText('Not reached');
  await expect(worseningRow.getByRole('listitem')).toHaveText([
    'Item 9 answered above 0: thoughts of being better off dead or of self-harm',
    'Worse by 5 points or more since the measure before',
    'Item 9 higher than at the measure before',
  ]);

  await expectAccessible(page, 'outcomes');
  await page.screenshot({ path: 'test-results/outcomes-1280.png', fullPage: true });

  await table.getByRole('button', { name: worsening }).click();
  await expect(page.getByRole('heading', { name: worsening, level: 1 })).toBeVisible();
});
