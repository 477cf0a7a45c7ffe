import type { Locator, Page } from '@playwright/test';
import { localCalendarDate } from '../../shared/calendar-date';
import type { ADVERSE_EVENTS } from '../../shared/session/timeline';
import { DEFAULT_SIDE_EFFECT_ITEMS } from '../../shared/side-effects/side-effect-items';
import type { PreviewServer } from '../../tools/preview/preview-server';
import { createLockedVault, expect, expectAccessible, seedClient, test, uniqueName, unlockInMain } from './fixtures';
import { dispatch, MINUTE, openClient, seedDose, tick } from './session-steps';

type AdverseEvent = (typeof ADVERSE_EVENTS)[number];

/** A dose given and discharged through main `hoursAgo` hours ago, with what the room logged as adverse events: the room is not what this file is about. */
async function dosedAndDischarged(server: PreviewServer, clientId: string, hoursAgo: number, adverseEvents: readonly AdverseEvent[] = []): Promise<number> {
  const dosedAt = Date.now() - hoursAgo * 60 * MINUTE;
  const sessionId = await seedDose(server, clientId, dosedAt);
  if (adverseEvents.length > 0) {
    await dispatch(server, 'sessions.logEvent', { sessionId, entry: { kind: 'adverse-event', items: [...adverseEvents] }, at: dosedAt + 20 * MINUTE });
  }
  await dispatch(server, 'sessions.discharge', { id: sessionId, checklist: {}, at: dosedAt + 120 * MINUTE });
  return dosedAt;
}

function sideEffectsOfSession(page: Page): Locator {
  return page.getByRole('region', { name: 'Side effects after the dose' });
}

/** The level radio of one item in the checklist dialog. */
function level(dialog: Locator, item: string, name: string): Locator {
  return dialog.getByRole('radiogroup', { name: item, exact: true }).getByRole('radio', { name, exact: true });
}

test('record the side effects after two doses and see them side by side in the course grid; the clinic list changes, the records do not', async ({
  page,
  server,
}) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Maren');
  const { id: clientId } = await seedClient(server, { displayName: name });
  const firstDosedAt = await dosedAndDischarged(server, clientId, 10, ['nausea']);
  await dosedAndDischarged(server, clientId, 5);
  await dispatch(server, 'courses.start', {
    clientId,
    kind: 'induction',
    schedule: { kind: 'clinic-default', doses: 6, weeks: 3 },
    startDate: localCalendarDate(firstDosedAt),
  });
  await dispatch(server, 'measures.record', { clientId, kind: 'gad-7', answers: [1, 1, 1, 1, 0, 0, 0], takenOn: localCalendarDate(Date.now()) });

  await page.goto(server.url);
  await openClient(page, name);
  const grid = page.getByRole('region', { name: 'Side effects after each dose' });
  await expect(grid.getByRole('heading', { level: 3, name: /^Induction course from / })).toBeVisible();
  await expect(grid).toContainText('Nothing recorded yet after these 2 doses.');
  await expectAccessible(page, 'client page, no side effects recorded yet');

  // The first dose: the room logged nausea, which the checklist names for the therapist to confirm.
  await grid.getByRole('button', { name: /^Open dose 1, / }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name}: session 1` })).toBeVisible();
  await expect(sideEffectsOfSession(page)).toContainText('Not recorded yet.');
  await sideEffectsOfSession(page).getByRole('button', { name: 'Record side effects' }).click();
  const dialog = page.getByRole('dialog', { name: 'Side effects after the dose' });
  await expect(dialog).toContainText('Logged in the room as adverse events: nausea.');
  await expect(dialog.getByRole('radiogroup')).toHaveCount(DEFAULT_SIDE_EFFECT_ITEMS.length);
  // Keys 0 to 3 choose a level and move on: Dissociation moderate, Dizziness none.
  await expect(level(dialog, 'Dissociation', 'None')).toBeFocused();
  await page.keyboard.press('2');
  await expect(level(dialog, 'Dissociation', 'Moderate')).toBeChecked();
  await page.keyboard.press('0');
  await expect(level(dialog, 'Dizziness', 'None')).toBeChecked();
  await dialog.getByRole('button', { name: 'None for the rest' }).click();
  await expect(level(dialog, 'Headache', 'None')).toBeChecked();
  // The item the room logged is left for the therapist: saving without it would not record it.
  await expect(dialog.getByRole('radiogroup', { name: 'Nausea (logged in the room)' }).getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(dialog).toContainText('1 of 14 items not answered.');
  await tick(level(dialog, 'Nausea (logged in the room)', 'Mild'));
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Queasy in the car home, settled by evening');
  await expectAccessible(page, 'side-effect checklist');
  await page.screenshot({ path: 'test-results/side-effects-dialog.png' });
  await dialog.getByRole('button', { name: 'Save side effects' }).click();
  await expect(dialog).toBeHidden();
  const present = sideEffectsOfSession(page).getByRole('list', { name: 'Side effects present' });
  await expect(present.getByRole('listitem')).toHaveText(['Dissociation: moderate', 'Nausea: mild']);
  await expect(sideEffectsOfSession(page)).toContainText('Queasy in the car home, settled by evening');
  await expectAccessible(page, 'session summary with side effects');

  // The second dose, opened from its column of the grid.
  await page.getByRole('button', { name: 'Back to the client’s page' }).click();
  const table = grid.getByRole('table', { name: /^Side effects after each dose, Induction course/ });
  await expect(table.getByRole('columnheader')).toHaveCount(3);
  await table.getByRole('button', { name: /^Dose 2/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name}: session 2` })).toBeVisible();
  await sideEffectsOfSession(page).getByRole('button', { name: 'Record side effects' }).click();
  await expect(dialog).not.toContainText('Logged in the room');
  await tick(level(dialog, 'Headache', 'Severe'));
  await dialog.getByRole('button', { name: 'None for the rest' }).click();
  await dialog.getByRole('button', { name: 'Save side effects' }).click();
  await expect(dialog).toBeHidden();
  await expect(sideEffectsOfSession(page).getByRole('list', { name: 'Side effects present' }).getByRole('listitem')).toHaveText(['Headache: severe']);

  // Both doses side by side: a row per item, a column per dose.
  await page.getByRole('button', { name: 'Back to the client’s page' }).click();
  await expect(table.getByRole('columnheader')).toHaveText([/^Side effect$/, /^Dose 1/, /^Dose 2/]);
  const row = (item: string) => table.getByRole('row', { name: new RegExp(`^${item} `) }).getByRole('cell');
  await expect(row('Dissociation')).toHaveText(['Moderate', 'None']);
  await expect(row('Nausea')).toHaveText(['Mild', 'None']);
  await expect(row('Headache')).toHaveText(['None', 'Severe']);
  await expect(row('Note')).toHaveText(['Queasy in the car home, settled by evening', '']);
  await expect(table.getByRole('rowheader')).toHaveCount(DEFAULT_SIDE_EFFECT_ITEMS.length + 1);
  await grid.screenshot({ path: 'test-results/side-effects-grid.png' });

  // The dose history and the measures group their rows by the same course.
  const courseName = /^Induction course from /;
  await page.getByRole('button', { name: 'The same doses as a table' }).click();
  const doses = page.getByRole('table', { name: 'Dose given at each session of the course' });
  await expect(doses.getByRole('row')).toHaveCount(4);
  await expect(doses.getByRole('row').nth(1)).toHaveAccessibleName(courseName);
  const measures = page.getByRole('table', { name: 'Measures, newest first' });
  await expect(measures.getByRole('row').nth(1)).toHaveAccessibleName(courseName);
  await expect(measures.getByRole('row').nth(2)).toContainText('GAD-7');
  await expectAccessible(page, 'client page with the side-effect grid and grouped tables');

  // The clinic shortens its list; what was recorded keeps its items.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('region', { name: 'Side effects after each dose' });
  const item = (n: number) => settings.getByRole('textbox', { name: `Side effect ${n}`, exact: true });
  const items = settings.getByRole('listitem');
  await expect(items).toHaveCount(DEFAULT_SIDE_EFFECT_ITEMS.length);
  await expect(item(1)).toHaveValue(DEFAULT_SIDE_EFFECT_ITEMS[0]!);
  // Keep the first two, then add one that repeats the second in other case and spacing.
  while ((await items.count()) > 2) await settings.getByRole('button', { name: 'Remove side effect 3' }).click();
  await expect(settings.getByRole('button', { name: 'Add an item' })).toBeFocused();
  await item(1).fill('Headache');
  await item(2).fill('Nausea');
  await settings.getByRole('button', { name: 'Add an item' }).click();
  await expect(item(3)).toBeFocused();
  await page.keyboard.type('nausea ');
  await settings.getByRole('button', { name: 'Save the checklist' }).click();
  await expect(item(3)).toHaveAccessibleDescription(/This item is already in the list\./);
  await expect(item(3)).toBeFocused();
  await item(3).fill('Trouble sleeping');
  await settings.getByRole('button', { name: 'Save the checklist' }).click();
  await expect(settings.getByRole('status')).toHaveText('Saved.');
  await expect(items).toHaveCount(3);
  // The last item cannot go: a checklist asks at least one.
  await settings.getByRole('button', { name: 'Remove side effect 3' }).click();
  await settings.getByRole('button', { name: 'Remove side effect 2' }).click();
  await expect(settings.getByRole('button', { name: 'Remove side effect 1' })).toBeDisabled();
  await settings.getByRole('button', { name: 'Back to the defaults' }).click();
  await expect(items).toHaveCount(DEFAULT_SIDE_EFFECT_ITEMS.length);
  // Not saved: leaving and coming back shows the list as saved.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(items).toHaveCount(3);
  await expect(item(3)).toHaveValue('Trouble sleeping');
  await expectAccessible(page, 'settings with the side-effect list');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  await openClient(page, name);
  await expect(table.getByRole('rowheader')).toHaveText([
    'Headache',
    'Nausea',
    ...DEFAULT_SIDE_EFFECT_ITEMS.filter((item) => !['Headache', 'Nausea'].includes(item)),
    'Note',
  ]);
  await expect(row('Dissociation')).toHaveText(['Moderate', 'None']);
});
