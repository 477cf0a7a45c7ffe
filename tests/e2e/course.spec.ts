import type { Locator, Page } from '@playwright/test';
import { addCalendarDays, localCalendarDate } from '../../shared/calendar-date';
import type { PreviewServer } from '../../tools/preview/preview-server';
import { createLockedVault, expect, expectAccessible, seedClient, test, uniqueName, unlockInMain } from './fixtures';
import { dispatch, MINUTE, openClient, reopenClient } from './session-steps';

function courseSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Course', exact: true });
}

/** A calendar date as the page shows it (ui/time-text: read in UTC), as a date or, for planned days, with its weekday. */
function shown(page: Page, date: string, style: 'date' | 'day'): Promise<string> {
  return page.evaluate(
    ([day, asDay]) =>
      new Intl.DateTimeFormat(
        undefined,
        asDay ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' },
      ).format(Date.parse(`${day}T00:00:00Z`)),
    [date, style === 'day'] as const,
  );
}
const shownDate = (page: Page, date: string) => shown(page, date, 'date');
const shownDay = (page: Page, date: string) => shown(page, date, 'day');

/** A session planned, checked in and dosed a few minutes ago, through main: the room is not what this file is about. */
async function doseInMain(server: PreviewServer, clientId: string): Promise<void> {
  const { protocols } = await dispatch(server, 'protocols.list', {});
  const protocolId = protocols.find((protocol) => protocol.route === 'im')!.id;
  const { id } = await dispatch(server, 'sessions.plan', { clientId, protocolId, plannedDoseMg: 50 });
  const dosedAt = Date.now() - 5 * MINUTE;
  await dispatch(server, 'sessions.checkIn', { id, vitals: { systolic: 122, diastolic: 78 }, readiness: {}, at: dosedAt - 10 * MINUTE });
  await dispatch(server, 'sessions.logEvent', { sessionId: id, entry: { kind: 'dose', amountMg: 50 }, at: dosedAt });
}

test('start the default course, move a date, dose a session and reach dose 2 of 6', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Ilse');
  const client = await seedClient(server, { displayName: name });
  await page.goto(server.url);
  await openClient(page, name);

  const section = courseSection(page);
  await expect(section.getByRole('heading', { level: 2, name: 'Course' })).toBeVisible();
  await expect(section).toContainText('No course yet.');
  await section.getByRole('button', { name: 'Start an induction course' }).click();

  const start = page.getByRole('dialog', { name: 'Start an induction course' });
  await expect(start.getByRole('radio', { name: /^Clinic default/ })).toBeChecked();
  await expect(start.getByRole('textbox', { name: 'Number of doses' })).toHaveValue('6');
  await expect(start.getByRole('textbox', { name: 'Over how many weeks' })).toHaveValue('3');
  const today = localCalendarDate(Date.now());
  await expect(start.getByLabel('First dose')).toHaveValue(today);
  await expectAccessible(page, 'start a course');
  await page.screenshot({ path: 'test-results/course-start-dialog.png' });
  await start.getByRole('button', { name: 'Start course' }).click();
  await expect(start).toBeHidden();

  await expect(section.getByText('Dose 1 of 6', { exact: true })).toBeVisible();
  const planned = section.getByRole('list', { name: 'Planned doses' }).getByRole('listitem');
  const suggested = [0, 3, 7, 10, 14, 17].map((days) => addCalendarDays(today, days));
  await expect(planned).toHaveCount(6);
  for (const [index, date] of suggested.entries()) await expect(planned.nth(index)).toContainText(`Dose ${index + 1}${await shownDay(page, date)}`);
  await expect(section).toContainText(`Dose 1 suggested for ${await shownDay(page, today)}`);
  await expectAccessible(page, 'client page with a course');

  // Move dose 2 a day later.
  const moved = addCalendarDays(suggested[1]!, 1);
  await section.getByRole('button', { name: 'Move dose 2' }).click();
  const move = page.getByRole('dialog', { name: 'Move dose 2' });
  await expect(move.getByLabel('Suggested date')).toHaveValue(suggested[1]!);
  await move.getByLabel('Suggested date').fill(moved);
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(move).toBeHidden();
  await expect(planned.nth(1)).toContainText(`Dose 2${await shownDay(page, moved)}`);

  // A session dosed today is dose 1 of the course.
  await doseInMain(server, client.id);
  await reopenClient(page, name);
  await expect(section.getByText('Dose 2 of 6', { exact: true })).toBeVisible();
  await expect(planned.nth(0)).toContainText(`Given ${await shownDate(page, today)}`);
  await expect(planned.nth(0).getByRole('button', { name: 'Move dose 1' })).toHaveCount(0);
  await expect(section).toContainText(`Dose 2 suggested for ${await shownDay(page, moved)}`);

  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/course-${width}x${height}.png` });
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/course-1920x1080-dark.png' });
});

test('flags suggested dates that passed with no dose, and ends the course with a re-evaluation date', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Ove');
  const client = await seedClient(server, { displayName: name });
  const today = localCalendarDate(Date.now());
  const startDate = addCalendarDays(today, -8);
  await dispatch(server, 'courses.start', { clientId: client.id, kind: 'induction', schedule: { kind: 'clinic-default', doses: 6, weeks: 3 }, startDate });
  await page.clock.install({ time: Date.now() });
  await page.goto(server.url);
  await openClient(page, name);

  // 8 days in, the doses suggested for day 0, 3 and 7 have passed with none given.
  const section = courseSection(page);
  await expect(section.getByText('Dose 1 of 6', { exact: true })).toBeVisible();
  const overdue = await Promise.all([0, 3, 7].map((days) => shownDate(page, addCalendarDays(startDate, days))));
  await expect(section.getByText(`Overdue: ${overdue.join(', ')}`)).toBeVisible();
  const planned = section.getByRole('list', { name: 'Planned doses' }).getByRole('listitem');
  await expect(planned.nth(2)).toContainText('Overdue');
  await expect(planned.nth(3)).not.toContainText('Overdue');

  // Four days later by the page's clock, the date suggested for day 10 has passed too.
  await page.clock.setFixedTime(Date.now() + 4 * 24 * 60 * MINUTE);
  await reopenClient(page, name);
  await expect(planned.nth(3)).toContainText('Overdue');
  await page.clock.setFixedTime(Date.now());
  await reopenClient(page, name);

  await section.getByRole('button', { name: 'End course…' }).click();
  const end = page.getByRole('dialog', { name: 'End course' });
  await end.getByRole('button', { name: 'End course' }).click();
  await expect(end.getByLabel('Re-evaluation date')).toHaveAccessibleDescription(/Enter the re-evaluation date/);
  const reEvaluation = addCalendarDays(today, 28);
  await end.getByLabel('Re-evaluation date').fill(reEvaluation);
  await end.getByRole('button', { name: 'End course' }).click();
  await expect(end).toBeHidden();

  const earlier = section.getByRole('list', { name: 'Earlier courses' });
  await expect(earlier).toContainText(`re-evaluation ${await shownDate(page, reEvaluation)}`);
  await expect(earlier).toContainText('0 of 6 doses given');
  await expectAccessible(page, 'client page after a course');

  // A booster course starts after the day the induction ended, not on it.
  await section.getByRole('button', { name: 'Start a booster course' }).click();
  const booster = page.getByRole('dialog', { name: 'Start a booster course' });
  await expect(booster.getByRole('textbox', { name: 'Number of doses' })).toHaveValue('1');
  await booster.getByRole('button', { name: 'Start course' }).click();
  await expect(booster.getByLabel('First dose')).toHaveAccessibleDescription(/Choose a later day/);
  await booster.getByLabel('First dose').fill(addCalendarDays(today, 1));
  await booster.getByRole('button', { name: 'Start course' }).click();
  await expect(booster).toBeHidden();
  await expect(section.getByText('Dose 1 of 1', { exact: true })).toBeVisible();
  await expect(section).toContainText('Booster course · 1 dose over 1 week');
});
