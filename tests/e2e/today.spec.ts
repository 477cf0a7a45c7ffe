import type { Page } from '@playwright/test';
import { localCalendarDate } from '../../shared/calendar-date';
import { createLockedVault, expect, expectAccessible, test, unlockInMain } from './fixtures';
import { seedClientWithHomework } from './note-steps';
import { dispatch } from './session-steps';

function todayPanel(page: Page) {
  return page.getByRole('region', { name: 'Today', exact: true });
}

async function backToClients(page: Page): Promise<void> {
  await page.getByRole('button', { name: '← Clients' }).click();
  await expect(todayPanel(page)).toBeVisible();
}

test('a course dose due, completed homework and a draft note appear under Today and each opens where the work is done', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  await page.goto(server.url);
  await expect(todayPanel(page)).toContainText('Nothing is due today.');

  const client = await seedClientWithHomework(server, 'Evening walks');
  const fields = { type: 'thought-record' as const, rows: [] };
  await dispatch(server, 'homework.update', { id: client.homeworkId, title: 'Evening walks', fields, status: 'completed' });
  const today = localCalendarDate(Date.now());
  await dispatch(server, 'courses.start', {
    clientId: client.id,
    kind: 'induction',
    schedule: { kind: 'clinic-default', doses: 6, weeks: 3 },
    startDate: today,
  });
  await dispatch(server, 'notes.create', { clientId: client.id, kind: 'general', title: 'Phone call' });
  await page.reload();

  const panel = todayPanel(page);
  await expect(panel).not.toContainText('Nothing is due today.');
  await expect(panel.getByRole('region', { name: 'Course doses due' })).toContainText(`${client.name} · dose 1 of 6`);
  await expect(panel.getByRole('region', { name: 'Homework to review' })).toContainText(`${client.name} · Evening walks`);
  await expect(panel.getByRole('region', { name: 'Notes to sign' })).toContainText(`${client.name} · Phone call`);
  await expect(panel.getByRole('region', { name: 'Dosing sessions' })).toHaveCount(0);
  await expectAccessible(page, 'today');

  await panel.getByRole('button', { name: `Open the course of ${client.name}` }).click();
  await expect(page.getByRole('region', { name: 'Course', exact: true })).toContainText('Dose 1 of 6');
  await backToClients(page);

  await panel.getByRole('button', { name: `Review Evening walks for ${client.name}` }).click();
  await expect(page.getByRole('dialog', { name: 'Homework: Evening walks' })).toBeVisible();
  await page.keyboard.press('Escape');
  await backToClients(page);

  await panel.getByRole('button', { name: `Finish Phone call for ${client.name}` }).click();
  await expect(page.getByRole('textbox', { name: 'Note text' })).toBeVisible();
});

test('a long group shows its first five and the rest on "Show all"', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  for (let index = 1; index <= 7; index++)
    await dispatch(server, 'notes.create', { clientId: (await seedClientWithHomework(server, `Task ${index}`)).id, kind: 'general', title: `Call ${index}` });
  await page.goto(server.url);

  const drafts = todayPanel(page).getByRole('region', { name: 'Notes to sign' });
  await expect(drafts.getByRole('listitem')).toHaveCount(5);
  await drafts.getByRole('button', { name: 'Show all 7: Notes to sign' }).click();
  await expect(drafts.getByRole('listitem')).toHaveCount(7);
  await expect(drafts.getByRole('button', { name: 'Show fewer: Notes to sign' })).toHaveAttribute('aria-expanded', 'true');
  await expectAccessible(page, 'today, a long group shown whole');
});
