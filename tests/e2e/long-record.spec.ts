import { localCalendarDate } from '../../shared/calendar-date';
import { createLockedVault, expect, expectAccessible, seedClient, test as base, uniqueName, unlockInMain } from './fixtures';
import { dispatch, MINUTE, openClient, seedDose } from './session-steps';

const DAY = 24 * 60 * MINUTE;
const EACH = 12;

/** Main's clock, moved to each dose's day while the record is written, then back to now for the page. */
const test = base.extend<{ mainClock: { offset: number } }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured first argument.
  mainClock: async ({}, use) => use({ offset: 0 }),
  mainNow: async ({ mainClock }, use) => use(() => Date.now() + mainClock.offset),
});

/** PHQ-9 answers adding up to `total`, so each row of the table can be told apart. */
function answersTotalling(total: number): number[] {
  return Array.from({ length: 9 }, (_, item) => Math.min(3, Math.max(0, total - item * 3)));
}

test("a long record shows each list's latest ten and the rest on 'Show all', on the client's page and the follow-up", async ({ page, server, mainClock }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Ilse');
  const { id: clientId } = await seedClient(server, { displayName: name, preferredName: 'Ilse' });
  const firstDose = Date.now() - (EACH + 1) * DAY;
  for (let index = 0; index < EACH; index++) {
    const dosedAt = firstDose + index * DAY;
    mainClock.offset = dosedAt + MINUTE - Date.now();
    const sessionId = await seedDose(server, clientId, dosedAt);
    mainClock.offset = dosedAt + 121 * MINUTE - Date.now();
    await dispatch(server, 'sessions.discharge', { id: sessionId, checklist: {}, at: dosedAt + 120 * MINUTE });
    await dispatch(server, 'homework.create', { clientId, title: `Practice ${index + 1}`, fields: { type: 'custom', instructions: 'Notice' }, dueDate: null });
    await dispatch(server, 'measures.record', { clientId, kind: 'phq-9', answers: answersTotalling(index + 1), takenOn: localCalendarDate(dosedAt) });
    await dispatch(server, 'notes.create', { clientId, kind: 'integration', title: `Draft ${index + 1}` });
  }
  mainClock.offset = 0;

  await page.goto(server.url);
  await openClient(page, name);
  const openHomework = page.getByRole('list', { name: 'Open' });
  await expect(openHomework.getByRole('listitem')).toHaveCount(10);
  const measures = page.getByRole('table', { name: 'Measures, newest first' });
  await expect(measures.getByRole('row')).toHaveCount(1 + 10);
  await expect(measures.getByRole('row').nth(1)).toContainText(`${EACH} of 27`);
  const sessions = page.getByRole('table', { name: 'Sessions, newest first' });
  await expect(sessions.getByRole('row')).toHaveCount(1 + 10);
  await expect(sessions.getByRole('rowheader').first()).toHaveText(String(EACH));
  await expectAccessible(page, "a long record's client page");
  await page.getByRole('button', { name: `Show all ${EACH}: Measures` }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('measures.png') });

  await page.getByRole('button', { name: `Show all ${EACH}: Homework open` }).click();
  await expect(openHomework.getByRole('listitem')).toHaveCount(EACH);
  await page.getByRole('button', { name: `Show all ${EACH}: Measures` }).click();
  await expect(measures.getByRole('row')).toHaveCount(1 + EACH);
  await expect(measures.getByRole('row').last()).toContainText('1 of 27');
  const showAllSessions = page.getByRole('button', { name: `Show all ${EACH}: Sessions` });
  await showAllSessions.click();
  await expect(sessions.getByRole('row')).toHaveCount(1 + EACH);
  await expect(page.getByRole('button', { name: 'Show fewer: Sessions' })).toHaveAttribute('aria-expanded', 'true');
  await expect(sessions.getByRole('rowheader').last()).toHaveText('1');

  await page.getByRole('button', { name: 'Prepare the follow-up' }).click();
  const unsigned = page.getByRole('list', { name: 'Unsigned notes' });
  await expect(page.getByText(`Unsigned notes (${EACH})`)).toBeVisible();
  await expect(unsigned.getByRole('listitem')).toHaveCount(10);
  await expect(unsigned.getByRole('listitem').first()).toContainText('Draft 1');
  await page.getByRole('button', { name: `Show all ${EACH}: Unsigned notes` }).click();
  await expect(unsigned.getByRole('listitem')).toHaveCount(EACH);
  await expect(unsigned.getByRole('listitem').last()).toContainText(`Draft ${EACH}`);
  await expectAccessible(page, "a long record's follow-up");
});
