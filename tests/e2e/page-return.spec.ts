import type { Locator, Page } from '@playwright/test';
import { createLockedVault, expect, expectAccessible, seedClient, test, uniqueName, unlockInMain } from './fixtures';
import { dispatch, openClient } from './session-steps';

/*
 * Going back to the page just left (a note's "← name" button) finds it as it was left: scrolled to
 * the same place, its long lists still shown whole. Any other way onto a page starts it at the top.
 */

const HOMEWORK = 12;
const NOTES = 25;

const scrollTopOfPage = (page: Page) => page.locator('main').evaluate((main) => main.scrollTop);

/** Whether a row of a list that scrolls in its own box is wholly inside that box, and the box inside the window. */
function shownInItsBox(row: Locator): Promise<boolean> {
  return row.evaluate((element) => {
    const shown = element.getBoundingClientRect();
    const box = element.closest('.virtual-list-scroll')!.getBoundingClientRect();
    return shown.top >= box.top && shown.bottom <= box.bottom && box.bottom <= window.innerHeight;
  });
}

test('back from a note returns to where the client page was left; opening it afresh starts at the top', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Aster');
  const { id: clientId } = await seedClient(server, { displayName: name });
  for (let index = 1; index <= HOMEWORK; index++) {
    await dispatch(server, 'homework.create', { clientId, title: `Practice ${index}`, fields: { type: 'custom', instructions: 'Notice' }, dueDate: null });
  }
  const noteIds: string[] = [];
  for (let index = 1; index <= NOTES; index++)
    noteIds[index] = (await dispatch(server, 'notes.create', { clientId, kind: 'general', title: `Reflection ${index}` })).id;

  await page.goto(server.url);
  await openClient(page, name);
  const openHomework = page.getByRole('list', { name: 'Open' });
  await page.getByRole('button', { name: `Show all ${HOMEWORK}: Homework open` }).click();
  await expect(openHomework.getByRole('listitem')).toHaveCount(HOMEWORK);

  // Scroll as a therapist would, with the wheel: the page down to the notes, then the notes list
  // (a box that scrolls on its own) down to the oldest note.
  const notes = page.getByRole('list', { name: 'Notes', exact: true });
  const notesBox = page.locator('.notes-list-scroll');
  await page.getByRole('heading', { level: 1, name }).hover();
  while (!(await notesBox.evaluate((box) => box.getBoundingClientRect().bottom <= window.innerHeight))) await page.mouse.wheel(0, 300);
  await notesBox.hover();
  const oldest = notes.getByRole('button', { name: /^Open Reflection 1, / });
  while ((await oldest.count()) === 0 || !(await shownInItsBox(oldest))) await page.mouse.wheel(0, 300);
  const leftAt = await scrollTopOfPage(page);
  const listLeftAt = await notesBox.evaluate((box) => box.scrollTop);
  expect(leftAt).toBeGreaterThan(0);
  expect(listLeftAt).toBeGreaterThan(100);

  await oldest.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reflection 1' })).toBeFocused();
  // The note starts at its top, not at the client page's scroll position.
  expect(await scrollTopOfPage(page)).toBe(0);

  await page.getByRole('button', { name: `← ${name}` }).click();
  // Focus is back on the row the note was opened by, so the keyboard goes on from there.
  await expect(oldest).toBeFocused();
  await expect(openHomework.getByRole('listitem')).toHaveCount(HOMEWORK);
  await expect.poll(() => scrollTopOfPage(page)).toBe(leftAt);
  expect(await notesBox.evaluate((box) => box.scrollTop)).toBe(listLeftAt);
  expect(await shownInItsBox(oldest)).toBe(true);
  // The row is pressable where it shows: a click lands on it, not on what was there before the scroll.
  await oldest.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reflection 1' })).toBeFocused();
  const noteReads: string[] = [];
  page.on('request', (request) => {
    const call = request.url().endsWith('/__kap/rpc') ? (request.postDataJSON() as { method: string; input: { id?: string } }) : null;
    if (call?.method === 'notes.get') noteReads.push(call.input.id ?? '');
  });
  await page.getByRole('button', { name: `← ${name}` }).click();
  await expect(oldest).toBeFocused();
  // Focus given back is no sign of a press: the note just closed is not read ahead again. A Tab onto a row is.
  await page.keyboard.press('Shift+Tab');
  await expect(notes.getByRole('button', { name: /^Open Reflection 2, / })).toBeFocused();
  await expect.poll(() => noteReads).toEqual([noteIds[2]]);
  // Enter on the next note, and back again with the keyboard: focus follows the reading. (Tab may
  // have scrolled the page a little to show the row: the place left is the one now.)
  const leftAgainAt = await scrollTopOfPage(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Reflection 2' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: `← ${name}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notes.getByRole('button', { name: /^Open Reflection 2, / })).toBeFocused();
  await expect.poll(() => scrollTopOfPage(page)).toBe(leftAgainAt);
  await expectAccessible(page, 'client page, back from a note');
  await page.screenshot({ path: test.info().outputPath('back-from-note.png') });

  // Search, the clients list, then the client: not the page just left, so a fresh visit, at the
  // top, its lists short again. (Clients and straight back would have been a return.)
  const mainNavigation = page.getByRole('navigation', { name: 'Main' });
  await mainNavigation.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await mainNavigation.getByRole('button', { name: 'Clients' }).click();
  await openClient(page, name);
  await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();
  expect(await scrollTopOfPage(page)).toBe(0);
  expect(await notesBox.evaluate((box) => box.scrollTop)).toBe(0);
  await expect(openHomework.getByRole('listitem')).toHaveCount(10);
  // Back up to the list, a page that places focus itself (its finder, to type a name): it keeps it.
  await page.getByRole('button', { name: '← Clients' }).click();
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test('back from a private note, the private notes are still the ones shown', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Wren');
  const { id: clientId } = await seedClient(server, { displayName: name });
  await dispatch(server, 'notes.create', { clientId, kind: 'general', title: 'Shared progress' });
  await dispatch(server, 'notes.create', { clientId, kind: 'general', title: 'Kept apart', isPrivate: true });

  await page.goto(server.url);
  await openClient(page, name);
  const which = page.getByRole('radiogroup', { name: 'Which notes' });
  await which.getByRole('radio', { name: 'Private notes' }).click();
  await page
    .getByRole('list', { name: 'Private notes' })
    .getByRole('button', { name: /^Open Kept apart, / })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kept apart' })).toBeFocused();
  await page.getByRole('button', { name: `← ${name}` }).click();
  await expect(page.getByRole('list', { name: 'Private notes' }).getByRole('button', { name: /^Open Kept apart, / })).toBeFocused();
  await expect(which.getByRole('radio', { name: 'Private notes' })).toBeChecked();
  await expect(page.getByRole('list', { name: 'Private notes' }).getByRole('button', { name: /^Open Kept apart, / })).toBeVisible();
});
