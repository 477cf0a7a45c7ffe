import type { Page } from '@playwright/test';
import { SEARCH_LIMIT, SEARCH_RANKING_CAP } from '../../shared/contract/search';
import type { NoteKind } from '../../shared/notes/note-kinds';
import type { PreviewServer } from '../../tools/preview/preview-server';
import { createLockedVault, expect, expectAccessible, seedClient, test, uniqueName, unlockInMain } from './fixtures';
import { dispatch, MINUTE, seedDosedSession, tick, untick } from './session-steps';

/** Where screenshots go when KAP_SCREENSHOTS names a folder; without it none are taken. */
async function snapshot(page: Page, name: string): Promise<void> {
  const folder = process.env.KAP_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: false });
}

function paragraphs(...texts: string[]) {
  return { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}

/** A note written and saved the way the editor saves it: created from its template, then saved over its revision. */
async function seedNote(server: PreviewServer, note: { clientId: string; kind: NoteKind; title: string; isPrivate?: boolean; text: string[] }) {
  const created = await dispatch(server, 'notes.create', { clientId: note.clientId, kind: note.kind, title: note.title, isPrivate: note.isPrivate });
  await dispatch(server, 'notes.save', {
    id: created.id,
    baseRevision: created.revision,
    content: JSON.stringify(paragraphs(...note.text)),
    title: note.title,
    isPrivate: note.isPrivate ?? false,
  });
  return created.id;
}

test('search finds notes and homework, marks the words, filters by client and kind, and opens a result', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const ruth = await seedClient(server, { displayName: uniqueName('Ruth') });
  const tomas = await seedClient(server, { displayName: uniqueName('Tomas') });
  await seedNote(server, {
    clientId: ruth.id,
    kind: 'integration',
    title: 'After the second session',
    text: ['She spoke about the lighthouse at the end of the pier, and about her grandmother.', 'We agreed to return to it next week.'],
  });
  await seedNote(server, {
    clientId: tomas.id,
    kind: 'general',
    title: 'Thoughts between sessions',
    isPrivate: true,
    text: ['The lighthouse image came back twice.'],
  });
  await dispatch(server, 'homework.create', {
    clientId: ruth.id,
    title: 'Morning walk',
    fields: { type: 'custom', instructions: 'Walk to the lighthouse three mornings this week and notice one thing each time.' },
  });

  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  const box = page.getByRole('searchbox', { name: 'Search notes and homework' });
  await expect(page.getByText('Type a word or two to search')).toBeVisible();
  await expectAccessible(page, 'search before typing');

  // The start of a word is enough; every hit is marked in the snippet. Private notes are left out by default.
  await box.fill('lighth');
  const results = page.getByRole('list', { name: 'Search results' });
  const includePrivate = page.getByRole('checkbox', { name: 'Include private notes' });
  await expect(includePrivate).not.toBeChecked();
  await expect(results.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: '2 matches, best match first' })).toBeVisible();
  await expect(results).not.toContainText('Thoughts between sessions');
  const note = results.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'After the second session' }) });
  await expect(note).toContainText(ruth.displayName);
  await expect(note).toContainText('Integration note');
  await expect(note).not.toContainText('Psychotherapy note (private)');
  await expect(note.locator('mark')).toHaveText(['lighthouse']);

  // Including them is a choice the therapist makes, and each is marked as private notes are everywhere.
  await tick(includePrivate);
  await expect(results.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('status').filter({ hasText: '3 matches' })).toBeVisible();
  const privateNote = results.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Thoughts between sessions' }) });
  await expect(privateNote.locator('.note-private-badge')).toHaveText('Psychotherapy note (private)');
  await expect(privateNote).toContainText('General note');
  await expect(results.getByRole('listitem').filter({ hasText: 'Morning walk' })).toContainText('Homework: Custom');
  await snapshot(page, 'search-results');
  await expectAccessible(page, 'search results');

  // One client: the combo box asks for names as they are typed.
  const client = page.getByRole('combobox', { name: 'Client' });
  await client.fill(tomas.displayName.split(' ')[1]!);
  await page.getByRole('option', { name: tomas.displayName }).click();
  await expect(client).toHaveValue(tomas.displayName);
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results).toContainText('Thoughts between sessions');
  await expect(page.getByRole('status').filter({ hasText: '1 match for this client, most recently changed first' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show more' })).toHaveCount(0);
  await snapshot(page, 'search-client-filter');
  await client.fill('');
  await client.press('ArrowDown');
  await page.getByRole('option', { name: 'All clients' }).click();
  await expect(results.getByRole('listitem')).toHaveCount(3);

  // One kind: homework only.
  const homework = page.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: 'Homework' });
  await tick(homework);
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results).toContainText('Morning walk');
  await expectAccessible(page, 'search filtered by kind');
  await untick(homework);
  await tick(page.getByRole('checkbox', { name: 'Integration notes' }));
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results).toContainText('After the second session');

  // Nothing found says so plainly, and offers the way back to every client and kind.
  await box.fill('zeppelin');
  await expect(page.getByText('Nothing found for “zeppelin” with these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Search every client and kind' }).click();
  await expect(page.getByText('Nothing found for “zeppelin”.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Integration notes' })).not.toBeChecked();
  await expectAccessible(page, 'search with no results');

  // Opening a result leaves the search for the record.
  await box.fill('lighthouse');
  await results.getByRole('button', { name: 'After the second session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'After the second session' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeHidden();
});

test('a search longer than main accepts is cut at its limit, never answered with a raw validation error', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const client = await seedClient(server, { displayName: uniqueName('Rosalind') });
  await seedNote(server, { clientId: client.id, kind: 'general', title: 'Long words', text: ['harbour '.repeat(10)] });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Search' }).click();
  const box = page.getByRole('searchbox', { name: 'Search notes and homework' });
  await box.click();
  // Pasted through the clipboard, as a therapist pasting a passage to look for would.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), 'harbour '.repeat(40));
  await page.keyboard.press('Control+V');
  await expect(box).toHaveValue('harbour '.repeat(40).slice(0, 200));
  await expect(box).toHaveAccessibleDescription(/120 characters did not fit: this field holds 200\./);
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText(/needs a look|Too big/)).toHaveCount(0);
});

test("a session's timeline words are found, and the result opens the session", async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Ines');
  const sessionId = await seedDosedSession(server, Date.now() - 60 * MINUTE, { displayName: name, preferredName: 'Ines' });
  await dispatch(server, 'sessions.logEvent', { sessionId, entry: { kind: 'quote', text: 'I can see the whole valley from here' } });
  await dispatch(server, 'sessions.logEvent', { sessionId, entry: { kind: 'observation', text: 'Smiling, hands open' } });
  await dispatch(server, 'sessions.discharge', { id: sessionId, checklist: {} });

  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search notes and homework' }).fill('valley');
  const results = page.getByRole('list', { name: 'Search results' });
  const result = results.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Session 1' }) });
  await expect(result).toContainText(name);
  await expect(result).toContainText('Session timeline');
  await expect(result.locator('mark')).toHaveText(['valley']);
  await tick(page.getByRole('checkbox', { name: 'Session timelines' }));
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await snapshot(page, 'search-session-result');
  await expectAccessible(page, 'search with a session result');

  await result.getByRole('button', { name: 'Session 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name}: session 1` })).toBeVisible();
});

test('a word in more records than can be ranked: the newest come first, the page says so, and "Show more" adds the next ones', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const ruth = await seedClient(server, { displayName: uniqueName('Ruth') });
  const tomas = await seedClient(server, { displayName: uniqueName('Tomas') });
  // One more than the ranking cap, in the order written: the last written is the newest.
  for (let index = 0; index <= SEARCH_RANKING_CAP; index++) {
    await server.client.call('homework.create', {
      clientId: index % 2 === 0 ? ruth.id : tomas.id,
      title: `Harbour walk ${index}`,
      fields: { type: 'custom', instructions: 'Walk to the harbour.' },
    });
  }

  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search notes and homework' }).fill('harbour');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(
    page.getByRole('status').filter({ hasText: 'More than 1,000 matches: too many to rank by relevance, so the most recently changed come first.' }),
  ).toBeVisible();
  await expect(results.getByRole('listitem')).toHaveCount(SEARCH_LIMIT.default);
  await expect(results.getByRole('listitem').first().getByRole('button')).toHaveAccessibleName(`Harbour walk ${SEARCH_RANKING_CAP}`);
  await expectAccessible(page, 'search past the ranking cap');

  // Within one client: newest first as well, and said so.
  const client = page.getByRole('combobox', { name: 'Client' });
  await client.fill(tomas.displayName.split(' ')[1]!);
  await page.getByRole('option', { name: tomas.displayName }).click();
  await expect(page.getByRole('status').filter({ hasText: 'More than 20 matches for this client, most recently changed first' })).toBeVisible();
  // Tomas wrote every odd one: the newest is the cap less one.
  await expect(results.getByRole('listitem').first().getByRole('button')).toHaveAccessibleName(`Harbour walk ${SEARCH_RANKING_CAP - 1}`);
  await expect(results).not.toContainText(ruth.displayName);

  // "Show more" adds the next page below, in the same order.
  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(results.getByRole('listitem')).toHaveCount(2 * SEARCH_LIMIT.default);
  await expect(results.getByRole('listitem').nth(SEARCH_LIMIT.default).getByRole('button')).toHaveAccessibleName(
    `Harbour walk ${SEARCH_RANKING_CAP - 1 - 2 * SEARCH_LIMIT.default}`,
  );
  await expect(page.getByRole('status').filter({ hasText: 'More than 40 matches for this client' })).toBeVisible();
  await snapshot(page, 'search-newest-first');
  await expectAccessible(page, 'search within one client');
});
