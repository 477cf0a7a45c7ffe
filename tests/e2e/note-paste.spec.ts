import { createLockedVault, expect, test, unlock } from './fixtures';
import { expectSaved, newestNoteId, seedClientWithHomework, storedNote, writeNewNote } from './note-steps';

/** Markup a therapist might paste from a web page or an email, written to run code or reach out. */
const HOSTILE_HTML = [
  '<p>Safe words <b>bold</b> stay.</p>',
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'img\'">',
  '<a href="javascript:window.__pwned = \'link\'">click me</a>',
  '<iframe src="javascript:window.__pwned = \'iframe\'"></iframe>',
  '<svg onload="window.__pwned = \'svg\'"><circle r="5"></circle></svg>',
  '<p onclick="window.__pwned = \'handler\'" style="background:url(javascript:alert(1))">styled paragraph</p>',
  '<ol type="javascript:x" start="abc"><li>listed item</li></ol>',
  '<span data-homework-id="someone-elses-homework">fake link</span>',
  '<section data-prompt-block data-prompt-id="not-a-prompt" data-question="Pasted question?"><div data-prompt-response><p>pasted answer</p></div></section>',
  '<form action="https://example.org"><input name="x" value="form field"></form>',
  '<object data="x.swf"></object><embed src="x.swf"><video src="x.mp4"></video>',
  '<base href="https://example.org/"><meta http-equiv="refresh" content="0;url=https://example.org">',
].join('');

test('pasting hostile HTML leaves nothing that runs, links or loads, and the note still saves', async ({ page, server }) => {
  await createLockedVault(server);
  await page.goto(server.url);
  await unlock(page);
  const client = await seedClientWithHomework(server, 'Homework of this client');
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(server.origin)) requests.push(request.url());
  });
  const editor = await writeNewNote(page, client.name, 'General note');
  await editor.click();
  await editor.evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'plain fallback');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, HOSTILE_HTML);

  await expect(editor).toContainText('Safe words bold stay.');
  await expect(editor).toContainText('click me');
  await expect(editor).toContainText('listed item');
  await expect(editor.locator('strong')).toHaveText('bold');
  for (const selector of [
    'script',
    'img',
    'a',
    'iframe',
    'svg',
    'form',
    'input',
    'object',
    'embed',
    'video',
    'base',
    'meta',
    '[onclick]',
    '[onerror]',
    '[style]',
  ]) {
    await expect(editor.locator(selector), `no ${selector} in the note`).toHaveCount(0);
  }
  // A link to homework that is not this client's, and a prompt block pointing nowhere, lose their links.
  await expect(editor.getByRole('button', { name: /^Homework/ })).toHaveCount(0);
  await expectSaved(page);
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(requests).toEqual([]);

  const stored = JSON.stringify((await storedNote(server, await newestNoteId(server, client.id))).doc);
  for (const forbidden of [
    'javascript:',
    'onerror',
    'onclick',
    'someone-elses-homework',
    'not-a-prompt',
    '"href"',
    '"style"',
    'background:url',
    'iframe',
    'script',
    'example.org',
  ]) {
    expect(stored, `stored note holds "${forbidden}"`).not.toContain(forbidden);
  }
  expect(stored).toContain('Safe words');
});
