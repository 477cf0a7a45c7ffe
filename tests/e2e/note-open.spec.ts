import type { Page, Request } from '@playwright/test';
import type { PreviewServer } from '../../tools/preview/preview-server';
import { createLockedVault, expect, seedClient, test, uniqueName, unlock } from './fixtures';
import { storedNote } from './note-steps';
import { dispatch, openClient } from './session-steps';

/*
 * A note is read as its row is hovered, focused or pressed (decision 0059), so the read can be
 * under way, or answered, before the note page exists. These pin what that must never change:
 * the page shows the note chosen, with what was last saved, and a lock in the middle is a lock.
 */

interface SeededNote {
  id: string;
  title: string;
  text: string;
}

async function seedNotes(server: PreviewServer): Promise<{ clientName: string; first: SeededNote; second: SeededNote }> {
  const clientName = uniqueName('Noor');
  const client = await seedClient(server, { displayName: clientName });
  const write = async (title: string, text: string): Promise<SeededNote> => {
    const note = await dispatch(server, 'notes.create', { clientId: client.id, kind: 'general', title });
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
    await dispatch(server, 'notes.save', { id: note.id, baseRevision: note.revision, content: JSON.stringify(doc), title, isPrivate: false });
    return { id: note.id, title, text };
  };
  const first = await write('Before the first dose', 'She expects the room to feel clinical and cold.');
  const second = await write('After the first dose', 'He described the music as a tide going out.');
  return { clientName, first, second };
}

function isReadOf(request: Request, note: SeededNote): boolean {
  const body = request.postData() ?? '';
  return request.url().endsWith('/__kap/rpc') && body.includes('"notes.get"') && body.includes(note.id);
}

/** Holds main's answers to reads of `note` until the answer is called. */
async function holdReadsOf(page: Page, note: SeededNote): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/__kap/rpc', async (route) => {
    if (isReadOf(route.request(), note)) await released;
    await route.fallback();
  });
  return release;
}

/** Collects the page's uncaught errors (a render that throws empties the window). */
function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Records in the page whether `text` ever showed in the note editor. */
async function watchEditorFor(page: Page, text: string): Promise<() => Promise<boolean>> {
  await page.evaluate((watched) => {
    const seen = { value: false };
    (window as unknown as { __kapSeen: typeof seen }).__kapSeen = seen;
    new MutationObserver(() => {
      if (document.querySelector('[role="textbox"][aria-label="Note text"]')?.textContent?.includes(watched)) seen.value = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, text);
  return () => page.evaluate(() => (window as unknown as { __kapSeen: { value: boolean } }).__kapSeen.value);
}

function noteRow(page: Page, note: SeededNote) {
  return page.getByRole('list', { name: 'Notes', exact: true }).getByRole('button', { name: new RegExp(`^Open ${note.title}, `) });
}

/** From the clients list, which was read before the client was seeded: found by name. */
async function findClient(page: Page, clientName: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Find a client' }).fill(clientName);
  await openClient(page, clientName);
}

/** An unlocked vault holding the two notes, open on their client's page, with main's answers to reads of the first held. */
async function onClientPageWithFirstReadHeld(page: Page, server: PreviewServer) {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  const notes = await seedNotes(server);
  const releaseFirst = await holdReadsOf(page, notes.first);
  await findClient(page, notes.clientName);
  return { ...notes, releaseFirst };
}

const editor = (page: Page) => page.getByRole('textbox', { name: 'Note text', exact: true });

test('a note whose read answers after another note was chosen never shows in its place', async ({ page, server }) => {
  const errors = collectPageErrors(page);
  const { clientName, first, second, releaseFirst } = await onClientPageWithFirstReadHeld(page, server);

  // The first note is hovered (its read starts) and pressed; its answer is held while the therapist changes their mind.
  const firstRead = page.waitForRequest((request) => isReadOf(request, first));
  await noteRow(page, first).hover();
  await firstRead;
  await noteRow(page, first).click();
  await expect(page.getByText('Opening the note…')).toBeVisible();
  const firstShown = await watchEditorFor(page, first.text);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  await findClient(page, clientName);
  await noteRow(page, second).click();
  await expect(editor(page)).toContainText(second.text);

  const firstAnswered = page.waitForResponse((response) => isReadOf(response.request(), first));
  releaseFirst();
  await firstAnswered;
  await expect(editor(page)).toContainText(second.text);
  expect(await firstShown()).toBe(false);

  // The first note still opens, as itself.
  await page.getByRole('button', { name: `← ${clientName}` }).click();
  await noteRow(page, first).click();
  await expect(editor(page)).toContainText(first.text);
  expect(errors).toEqual([]);
});

test('a note left with unsaved words opens again with them, however soon its row is hovered', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  const errors = collectPageErrors(page);
  const { clientName, first } = await seedNotes(server);
  await findClient(page, clientName);

  // Hovered (read ahead) and opened: the read ahead is what the page shows.
  await noteRow(page, first).hover();
  await noteRow(page, first).click();
  await expect(editor(page)).toContainText(first.text);
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Warmer by the end.');
  // Straight back, before the pause that would save: leaving saves.
  await page.getByRole('button', { name: `← ${clientName}` }).click();
  await noteRow(page, first).hover();
  await noteRow(page, first).click();
  await expect(editor(page)).toContainText(`${first.text} Warmer by the end.`);
  expect(JSON.stringify((await storedNote(server, first.id)).doc)).toContain('Warmer by the end.');
  expect(errors).toEqual([]);
});

test("a note read before the page's code has loaded opens whole and editable", async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  const errors = collectPageErrors(page);
  const { clientName, first } = await seedNotes(server);
  // The note page's code (loaded at the first opening) is held until the note itself has been read.
  let releaseCode!: () => void;
  const codeReleased = new Promise<void>((resolve) => (releaseCode = resolve));
  await page.route('**/assets/NotePage-*.js', async (route) => {
    await codeReleased;
    await route.fallback();
  });
  await findClient(page, clientName);

  const firstAnswered = page.waitForResponse((response) => isReadOf(response.request(), first));
  await noteRow(page, first).click();
  await firstAnswered;
  await expect(page.getByText('Opening the note…')).toBeVisible();
  releaseCode();
  await expect(editor(page)).toContainText(first.text);
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Then quiet.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible();
  expect(JSON.stringify((await storedNote(server, first.id)).doc)).toContain('Then quiet.');
  expect(errors).toEqual([]);
});

test('locking while a note is being read shows the lock screen, and the note opens after unlocking', async ({ page, server }) => {
  const errors = collectPageErrors(page);
  const { clientName, first, releaseFirst } = await onClientPageWithFirstReadHeld(page, server);

  const firstRead = page.waitForRequest((request) => isReadOf(request, first));
  await noteRow(page, first).click();
  await firstRead;
  await expect(page.getByText('Opening the note…')).toBeVisible();
  const firstShown = await watchEditorFor(page, first.text);
  await page.getByRole('button', { name: /^Lock/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  const firstAnswered = page.waitForResponse((response) => isReadOf(response.request(), first));
  releaseFirst();
  await firstAnswered;
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  expect(await firstShown()).toBe(false);

  await unlock(page);
  await page.unrouteAll();
  await findClient(page, clientName);
  await noteRow(page, first).click();
  await expect(editor(page)).toContainText(first.text);
  expect(errors).toEqual([]);
});

test("the note's title takes focus when the note arrives, however late its read answers", async ({ page, server }) => {
  const { clientName, first, releaseFirst } = await onClientPageWithFirstReadHeld(page, server);

  // By keyboard: the row focused, Enter; the page can only show that it is opening the note.
  await noteRow(page, first).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Opening the note…')).toBeVisible();
  // Frames pass with no title on the page: focus must wait for it, not look for it once.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  releaseFirst();
  await expect(editor(page)).toContainText(first.text);
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeFocused();

  // Back on the client's page, the row the note was opened by has the focus again (0062).
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: `← ${clientName}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: clientName })).toBeVisible();
  await expect(noteRow(page, first)).toBeFocused();
});

test('a therapist who moves on while a note is read keeps their place when it arrives', async ({ page, server }) => {
  const { first, releaseFirst } = await onClientPageWithFirstReadHeld(page, server);

  await noteRow(page, first).click();
  await expect(page.getByText('Opening the note…')).toBeVisible();
  const search = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Search' });
  await search.focus();
  releaseFirst();
  await expect(editor(page)).toContainText(first.text);
  await expect(search).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: first.title })).not.toBeFocused();
});

test("opening the app where it was (a reload) focuses that page's title; the clients page keeps its finder focused", async ({ page, server }) => {
  const { first, releaseFirst } = await onClientPageWithFirstReadHeld(page, server);
  releaseFirst();
  await noteRow(page, first).click();
  await expect(editor(page)).toContainText(first.text);
  await page.reload();
  await expect(editor(page)).toContainText(first.text);
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeFocused();

  await page.getByRole('button', { name: /^Lock/ }).first().click();
  await unlock(page);
  await expect(page.getByRole('searchbox', { name: 'Find a client' })).toBeFocused();
});
