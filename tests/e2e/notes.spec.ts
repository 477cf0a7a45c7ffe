import { createLockedVault, expect, expectAccessible, test, uniqueName, unlock } from './fixtures';
import { expectSaved, newestNoteId, seedClientWithHomework, storedNote, writeNewNote } from './note-steps';
import { dispatch, openClient, seedDosedSession } from './session-steps';

test('write a note, link homework through #, follow the backlink, and see the status change live', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  const client = await seedClientWithHomework(server, 'Thought record after the argument');
  const editor = await writeNewNote(page, client.name);
  await expectAccessible(page, 'note editor');

  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('She noticed the old thought again. We agreed on ');
  // Existing homework, chosen from the picker with the keyboard.
  await page.keyboard.type('#thou');
  const picker = page.getByRole('listbox', { name: 'Link homework' });
  await expect(picker.getByRole('option', { name: /Thought record after the argument/ })).toHaveAttribute('aria-selected', 'true');
  await expectAccessible(page, 'homework picker');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  const existingLink = editor.getByRole('button', { name: 'Homework: Thought record after the argument, Assigned' });
  await expect(existingLink).toBeVisible();

  // New homework, created from the picker.
  await page.keyboard.type('and ');
  await page.keyboard.type('#Supermarket');
  await page.keyboard.press('ArrowDown');
  await expect(picker.getByRole('option', { name: 'Create new homework “Supermarket”' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const assign = page.getByRole('dialog', { name: 'Assign homework' });
  await expect(assign.getByRole('textbox', { name: 'Title' })).toHaveValue('Supermarket');
  await assign.getByRole('radio', { name: /^Exposure hierarchy/ }).check({ force: true });
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(assign).toBeHidden();
  const newLink = editor.getByRole('button', { name: 'Homework: Supermarket, Assigned' });
  await expect(newLink).toBeVisible();
  await page.keyboard.type('for this week.');
  await expectSaved(page);

  // The links are stored as ids only, and main derived the backlinks in the same save.
  const noteId = await newestNoteId(server, client.id);
  const stored = JSON.stringify((await storedNote(server, noteId)).doc);
  expect(stored).toContain(`{"type":"homeworkLink","attrs":{"id":"${client.homeworkId}"}}`);
  expect(stored).not.toContain('Thought record after the argument');

  // Open the homework from its link: the backlink is there; mark it completed.
  await existingLink.click();
  const homework = page.getByRole('dialog', { name: 'Homework: Thought record after the argument' });
  const backlinks = homework.getByRole('list', { name: 'Notes that mention this homework' });
  await expect(backlinks.getByRole('button', { name: /^Open note Integration note/ })).toBeVisible();
  await homework.getByRole('radio', { name: 'Completed' }).check({ force: true });
  await homework.getByRole('button', { name: 'Save homework' }).click();
  await homework.getByRole('button', { name: 'Close' }).click();
  await expect(homework).toBeHidden();
  await expect(editor.getByRole('button', { name: 'Homework: Thought record after the argument, Completed' })).toBeVisible();
  // The note itself did not change: only the homework did.
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible();

  // Insert a prompt block from the library; the response goes beneath it.
  await page.getByRole('button', { name: 'Insert prompt' }).click();
  const prompts = page.getByRole('dialog', { name: 'Insert a prompt' });
  await prompts.getByRole('option', { name: /^What would you like to carry forward/ }).click();
  await prompts.getByRole('button', { name: 'Insert prompt' }).click();
  await expect(prompts).toBeHidden();
  await expect(editor.getByRole('region', { name: 'Prompt and response' })).toContainText('What would you like to carry forward into the coming week?');
  await page.keyboard.type('Calling my sister on Sunday.');
  await expectSaved(page);
  const withPrompt = (await storedNote(server, noteId)).doc as {
    content: { type: string; attrs?: { promptId?: string; question?: string }; content?: unknown[] }[];
  };
  const block = withPrompt.content.find((node) => node.type === 'promptBlock');
  expect(block?.attrs?.question).toBe('What would you like to carry forward into the coming week?');
  expect(block?.attrs?.promptId).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(JSON.stringify(block?.content)).toContain('Calling my sister on Sunday.');

  // Back on the client's page, the homework's own backlink opens the note.
  await page.getByRole('button', { name: `← ${client.name}` }).click();
  await page.getByRole('region', { name: 'Homework' }).getByRole('button', { name: 'Open Thought record after the argument' }).click();
  await page
    .getByRole('dialog', { name: 'Homework: Thought record after the argument' })
    .getByRole('button', { name: /^Open note Integration note/ })
    .click();
  await expect(page.getByRole('textbox', { name: 'Note text' })).toContainText('Calling my sister on Sunday.');
});

test('sign a note: it can no longer change, in the page or at main, and an addendum goes beneath it', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  const client = await seedClientWithHomework(server, 'Values: family');
  const editor = await writeNewNote(page, client.name, 'General note');
  await editor.click();
  await page.keyboard.type('Reviewed the week. Sleep better since the last session.');
  await page.getByRole('button', { name: 'Sign note…' }).click();
  const sign = page.getByRole('dialog', { name: 'Sign this note' });
  await sign.getByRole('textbox', { name: 'Sign as' }).fill('Dr Ana Ruiz');
  await expectAccessible(page, 'sign dialog');
  await sign.getByRole('button', { name: 'Sign note' }).click();
  await expect(sign).toBeHidden();

  // Shown read-only, with who, when and the hash; nothing left to type into.
  await expect(page.getByRole('article', { name: 'Signed note' })).toContainText('Sleep better since the last session.');
  await expect(page.getByText(/Signed by Dr Ana Ruiz on/).first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(0);
  await expect(page.getByRole('article', { name: 'Signed note' })).toHaveAttribute('contenteditable', 'false');

  // Main refuses any change, whoever asks.
  const noteId = await newestNoteId(server, client.id);
  const note = await storedNote(server, noteId);
  expect(note.status).toBe('signed');
  const refused = server.client.call('notes.save', {
    id: noteId,
    baseRevision: note.revision,
    content: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Rewritten' }] }] }),
    title: 'Rewritten',
    isPrivate: false,
  });
  await expect(refused).rejects.toMatchObject({ code: 'SIGNED' });

  // An addendum is signed when added: the text to be signed is shown first, and nothing is signed until confirmed.
  const correction = 'Correction: sleep improved from the second night, not the first.';
  await page.getByRole('textbox', { name: 'New addendum' }).fill(correction);
  await page.getByRole('button', { name: 'Add addendum…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Sign this addendum?' });
  await expect(confirm).toContainText(correction);
  await expectAccessible(page, 'sign addendum');
  await confirm.getByRole('button', { name: 'Keep editing' }).click();
  await expect(confirm).toBeHidden();
  expect((await storedNote(server, noteId)).addenda).toEqual([]);
  await expect(page.getByRole('textbox', { name: 'New addendum' })).toHaveValue(correction);
  await page.getByRole('button', { name: 'Add addendum…' }).click();
  await confirm.getByRole('button', { name: 'Sign and add' }).click();
  await expect(confirm).toBeHidden();
  const addenda = page.getByRole('list', { name: 'Addenda, oldest first' });
  await expect(addenda.getByRole('listitem')).toHaveCount(1);
  await expect(addenda).toContainText('Correction: sleep improved from the second night, not the first.');
  await expect(addenda).toContainText('Signed by Dr Ana Ruiz');
  await expect(page.getByRole('article', { name: 'Signed note' })).toContainText('Sleep better since the last session.');
  await expectAccessible(page, 'signed note');
});

test('a signed note reads its homework links as signed; what the homework is now stands beside, marked as current', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  const client = await seedClientWithHomework(server, 'Walk in the park');
  const editor = await writeNewNote(page, client.name, 'General note');
  await editor.click();
  await page.keyboard.type('Continue with ');
  await page.keyboard.type('#walk');
  await page.keyboard.press('Enter');
  await page.keyboard.type('this week.');
  await expect(editor.getByRole('button', { name: 'Homework: Walk in the park, Assigned' })).toBeVisible();
  await expectSaved(page);
  await page.getByRole('button', { name: 'Sign note…' }).click();
  const sign = page.getByRole('dialog', { name: 'Sign this note' });
  await sign.getByRole('textbox', { name: 'Sign as' }).fill('Dr Ana Ruiz');
  await sign.getByRole('button', { name: 'Sign note' }).click();
  await expect(sign).toBeHidden();
  const noteId = await newestNoteId(server, client.id);
  const hash = (await storedNote(server, noteId)).contentHash;

  // Renamed and reviewed after signing.
  const { homework } = await dispatch(server, 'homework.get', { id: client.homeworkId });
  await dispatch(server, 'homework.update', { id: homework.id, title: 'Evening walk', fields: homework.fields, status: 'reviewed', outcome: null });
  await page.getByRole('button', { name: `← ${client.name}` }).click();
  await page.getByRole('button', { name: /^Open General note/ }).click();

  const signed = page.getByRole('article', { name: 'Signed note' });
  const link = signed.getByRole('button', { name: 'Homework as signed: Walk in the park, Assigned; now “Evening walk”, Reviewed' });
  await expect(link).toBeVisible();
  await expect(link).toContainText('#Walk in the park');
  await expect(signed).toContainText('Continue with #Walk in the parkAssignednow “Evening walk”, Reviewed this week.');
  expect((await storedNote(server, noteId)).contentHash).toBe(hash);
  await expectAccessible(page, 'signed note with changed homework');
});

test('the # picker filters and creates multi-word titles, and Enter creates when nothing matches', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  const client = await seedClientWithHomework(server, 'Thought record after the argument');
  const editor = await writeNewNote(page, client.name, 'General note');
  await editor.click();
  await page.keyboard.type('We agreed on ');
  const picker = page.getByRole('listbox', { name: 'Link homework' });

  // Several words still filter the existing homework.
  await page.keyboard.type('#after the arg');
  await expect(picker.getByRole('option', { name: 'Thought record after the argument Assigned' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('button', { name: 'Homework: Thought record after the argument, Assigned' })).toBeVisible();

  // Nothing matches: "create" is chosen already, with every word typed.
  await page.keyboard.type('and ');
  await page.keyboard.type('#Walk in the park');
  await expect(picker.getByRole('option', { name: 'Create new homework “Walk in the park”' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const assign = page.getByRole('dialog', { name: 'Assign homework' });
  await expect(assign.getByRole('textbox', { name: 'Title' })).toHaveValue('Walk in the park');
  await assign.getByRole('radio', { name: /^Custom/ }).check({ force: true });
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(assign).toBeHidden();
  await expect(editor.getByRole('button', { name: 'Homework: Walk in the park, Assigned' })).toBeVisible();
  await expect(editor).not.toContainText('#Walk in the park Walk');
  await expectSaved(page);
  const { homework } = await dispatch(server, 'homework.listForClient', { clientId: client.id });
  const walk = homework.find((one) => one.title === 'Walk in the park');
  expect(walk).toBeDefined();
  const stored = JSON.stringify((await storedNote(server, await newestNoteId(server, client.id))).doc);
  expect(stored).toContain(`{"type":"homeworkLink","attrs":{"id":"${walk!.id}"}}`);
});

test('a long note scrolls beneath its toolbar with no strip of text showing above it', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  const editor = await writeNewNote(page, (await seedClientWithHomework(server, 'Values: family')).name, 'General note');
  await editor.click();
  for (let line = 1; line <= 40; line += 1) await page.keyboard.type(`Line ${line} of a long note about the week.\n`);
  await expectSaved(page);
  await page.mouse.move(640, 500);
  await page.mouse.wheel(0, 600);
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  // Stuck right under the app's top bar: nothing of the note can show between the two.
  await expect
    .poll(async () => {
      const bar = await page.getByRole('banner').boundingBox();
      const stuck = await toolbar.boundingBox();
      return Math.round(stuck!.y - (bar!.y + bar!.height));
    })
    .toBeLessThanOrEqual(1);
  await expect(editor).toContainText('Line 40');
});

test('type and lock at once: after unlocking, everything typed is there', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  const client = await seedClientWithHomework(server, 'Activity schedule');
  const editor = await writeNewNote(page, client.name, 'General note');
  await editor.click();
  await page.keyboard.type('The last words before the lock: lighthouse');
  // No pause for autosave: lock straight away with the shortcut.
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  expect(await page.content()).not.toContain('lighthouse');

  await unlock(page);
  const noteId = await newestNoteId(server, client.id);
  expect(JSON.stringify((await storedNote(server, noteId)).doc)).toContain('The last words before the lock: lighthouse');
  await page.getByRole('searchbox', { name: 'Find a client' }).fill(client.name);
  await page.getByRole('button', { name: `Open ${client.name}` }).click();
  await page
    .getByRole('list', { name: 'Notes' })
    .getByRole('button', { name: /^Open General note/ })
    .click();
  await expect(page.getByRole('textbox', { name: 'Note text' })).toContainText('The last words before the lock: lighthouse');
});

test('search finds a note by a word in it and marks the hit', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  const client = await seedClientWithHomework(server, 'Core beliefs');
  const editor = await writeNewNote(page, client.name, 'General note');
  await editor.click();
  await page.keyboard.type('She spoke about the albatross dream for the first time.');
  await expectSaved(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search notes and homework' }).fill('albatros');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results.locator('mark')).toHaveText(['albatross']);
  await results.getByRole('button').first().click();
  await expect(page.getByRole('textbox', { name: 'Note text' })).toContainText('albatross dream');
  expect(await dispatch(server, 'search.query', { query: 'albatross', clientId: client.id })).toMatchObject({ results: [{ target: 'note' }] });
});

test('a private psychotherapy note is marked as private where its session lists it', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  const displayName = uniqueName('Perdita');
  const sessionId = await seedDosedSession(server, Date.now() - 3 * 60 * 60_000, { displayName, preferredName: 'Perdita' });
  await dispatch(server, 'sessions.discharge', { id: sessionId, checklist: {} });
  const { session } = await dispatch(server, 'sessions.get', { id: sessionId });
  await dispatch(server, 'notes.create', { clientId: session.clientId, kind: 'session', sessionId, title: 'Progress', isPrivate: false });
  await dispatch(server, 'notes.create', { clientId: session.clientId, kind: 'session', sessionId, title: 'Process', isPrivate: true });

  await page.reload();
  await openClient(page, displayName);
  await page.getByRole('button', { name: 'Open session 1' }).click();
  const list = page.getByRole('list', { name: 'Notes for this session' });
  await expect(list.getByRole('listitem').filter({ hasText: 'Process' })).toContainText('Psychotherapy note (private)');
  await expect(list.getByRole('listitem').filter({ hasText: 'Progress' })).not.toContainText('private');
  await expectAccessible(page, 'session summary with a private note');
});

test('a note kind that cannot be chosen looks unavailable and says why', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  const client = await seedClientWithHomework(server, 'Breathing');
  await page.getByRole('searchbox', { name: 'Find a client' }).fill(client.name);
  await openClient(page, client.name);
  await page.getByRole('button', { name: 'New note' }).click();
  const dialog = page.getByRole('dialog', { name: `New note for ${client.name}` });
  const unavailable = dialog.getByRole('radio', { name: /^Session note/ });
  await expect(unavailable).toBeDisabled();
  await expect(unavailable).toHaveAccessibleName(/no dosing session yet/);
  const look = (name: RegExp) =>
    dialog
      .locator('label', { has: page.getByRole('radio', { name }) })
      .evaluate((label) => ({ cursor: getComputedStyle(label).cursor, color: getComputedStyle(label).color }));
  const disabled = await look(/^Session note/);
  const enabled = await look(/^General note/);
  expect(disabled.cursor).toBe('not-allowed');
  expect(enabled.cursor).toBe('pointer');
  expect(disabled.color).not.toBe(enabled.color);
  await expectAccessible(page, 'new note with an unavailable kind');
});

test('Earlier versions: a long version scrolls inside the dialog, and Close can be clicked', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  const client = await seedClientWithHomework(server, 'Breathing');
  const created = await dispatch(server, 'notes.create', { clientId: client.id, kind: 'general', title: 'Long one' });
  const long = {
    type: 'doc',
    content: Array.from({ length: 40 }, (_, index) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: `Paragraph ${index + 1}: the long walk home, the rain, and what she said about it afterwards.` }],
    })),
  };
  await dispatch(server, 'notes.save', { id: created.id, baseRevision: created.revision, content: JSON.stringify(long), title: 'Long one', isPrivate: false });
  await page.getByRole('searchbox', { name: 'Find a client' }).fill(client.name);
  await openClient(page, client.name);
  await page.getByRole('button', { name: /^Open Long one/ }).click();
  await page.getByRole('button', { name: 'Earlier versions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Earlier versions' });
  await dialog.getByRole('button', { name: /\(current\)/ }).click();
  await expect(dialog.getByRole('article')).toContainText('Paragraph 40');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('a session note starts with the intention from check-in and the client’s words from the room', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  const displayName = uniqueName('Leopold');
  const { id: clientId } = await dispatch(server, 'clients.create', { displayName });
  const { protocols } = await dispatch(server, 'protocols.list', {});
  const protocolId = protocols.find((protocol) => protocol.route === 'im')!.id;
  const { id: sessionId } = await dispatch(server, 'sessions.plan', { clientId, protocolId, plannedDoseMg: 50 });
  await dispatch(server, 'sessions.checkIn', { id: sessionId, readiness: {}, intention: 'To let the grief be, without fixing it.' });
  await dispatch(server, 'sessions.logEvent', { sessionId, entry: { kind: 'dose', amountMg: 50 } });
  await dispatch(server, 'sessions.logEvent', { sessionId, entry: { kind: 'quote', text: 'The ocean, finally, was holding me.' } });
  await dispatch(server, 'sessions.discharge', { id: sessionId, checklist: {} });

  await page.reload();
  await openClient(page, displayName);
  await page.getByRole('button', { name: 'New note' }).click();
  const dialog = page.getByRole('dialog', { name: `New note for ${displayName}` });
  await expect(dialog.getByRole('radio', { name: /^Session note/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Create note' }).click();
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await expect(editor.getByRole('heading', { name: 'Intention' })).toBeVisible();
  await expect(editor).toContainText('To let the grief be, without fixing it.');
  await expect(editor.locator('blockquote')).toHaveText('The ocean, finally, was holding me.');
});
