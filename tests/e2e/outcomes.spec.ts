import type { PreviewServer } from '../../tools/preview/preview-server';
import { homeworkLink, noteJson, paragraph } from '../support/note-docs';
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
async function seedSeries(server: PreviewServer, first: string, series: readonly [number, number?][]): Promise<{ id: string; name: string }> {
  const name = uniqueName(first);
  const { id } = await seedClient(server, { displayName: name });
  for (const [index, [total, item9]] of series.entries())
    await server.client.call('measures.record', { clientId: id, kind: 'phq-9', answers: phq9(total, item9), takenOn: daysAgo(7 * (series.length - index)) });
  return { id, name };
}

/** Homework in every state, one of them assigned from a note of the client's session 2. */
async function seedHomework(server: PreviewServer, clientId: string): Promise<void> {
  const fields = { type: 'custom', instructions: 'Practise daily' } as const;
  const create = (title: string, dueDate: string | null) => server.client.call('homework.create', { clientId, title, dueDate, fields });
  const move = async (title: string, status: 'completed' | 'reviewed' | 'not-done') => {
    const { id } = await create(title, null);
    await server.client.call('homework.update', { id, title, dueDate: null, fields, status });
  };
  await create('Evening walk', daysAgo(-5));
  const overdue = await create('Call a friend', daysAgo(3));
  await move('Thought record', 'completed');
  await move('Values card', 'reviewed');
  await move('Exposure step', 'not-done');
  const protocol = (await server.client.call('protocols.list', {})).protocols.find((one) => one.route === 'im' && one.isDefault)!;
  const session = await server.client.call('sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50, courseSessionNumber: 2 });
  const note = await server.client.call('notes.create', { clientId, kind: 'session', sessionId: session.id, title: 'Second dosing' });
  const content = noteJson(paragraph('We agreed on ', homeworkLink(overdue.id), '.'));
  await server.client.call('notes.save', { id: note.id, baseRevision: note.revision, title: 'Second dosing', isPrivate: false, content });
}

test('the outcomes page counts remission and worsening across the caseload, with denominators, and opens a client', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const { id: remittingId, name: remitting } = await seedSeries(server, 'Runa', [[21], [9], [4]]);
  const schedule = { kind: 'clinic-default', doses: 6, weeks: 3 } as const;
  await server.client.call('courses.start', { clientId: remittingId, kind: 'induction', schedule, startDate: daysAgo(-2) });
  const { id: worseningId, name: worsening } = await seedSeries(server, 'Wendel', [[12], [11], [16, 1]]);
  await seedHomework(server, worseningId);
  await seedClient(server, { displayName: uniqueName('Nell') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url);

  // The client list says the course's next suggested dose.
  await expect(page.getByRole('list', { name: 'Active clients' }).getByRole('listitem').filter({ hasText: remitting })).toContainText(
    'Next dose (1 of 6) suggested',
  );
  await page.screenshot({ path: 'test-results/outcomes-client-list.png' });
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

  // The client's homework, grouped by where it stands; the overdue first among the open, with the note that assigned it.
  const homework = page.getByRole('region', { name: 'Homework' });
  await expect(homework.getByRole('heading', { level: 3 })).toHaveText(['To review (1)', 'Open (2)', 'Done (1)', 'Not done (1)']);
  await expect(homework.getByRole('list', { name: 'To review' }).getByRole('listitem')).toContainText(['Thought record']);
  const open = homework.getByRole('list', { name: 'Open', exact: true }).getByRole('listitem');
  await expect(open).toHaveCount(2);
  await expect(open.nth(0)).toContainText('OverdueCall a friend');
  await expect(open.nth(0)).toContainText('3 days overdue');
  await expect(open.nth(0)).toContainText('From Second dosing, session 2');
  await expect(open.nth(1)).toContainText('Evening walk');
  await expect(open.nth(1)).not.toContainText('Overdue');
  await expect(homework.getByRole('list', { name: 'Done' }).getByRole('listitem')).toContainText(['Values card']);
  await expect(homework.getByRole('list', { name: 'Not done' }).getByRole('listitem')).toContainText(['Exposure step']);
  await homework.scrollIntoViewIfNeeded();
  await expectAccessible(page, 'client page with grouped homework');
  await homework.screenshot({ path: 'test-results/outcomes-homework-groups.png' });
});
