import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { startPreviewServer, type PreviewServer } from '../../tools/preview/preview-server';
import { mountSmallDisk, SMALL_DISK_SKIPPED, type SmallDisk } from '../support/small-disk';
import { createLockedVault, expect, test, unlock } from './fixtures';
import { openClient } from './session-steps';
import { newestNoteId, seedClientWithHomework, storedNote, writeNewNote } from './note-steps';

/** Fills the disk with one file; answers it so the test can free the space again. */
function fillDisk(disk: SmallDisk): string {
  const filler = join(disk.dir, 'filler');
  const descriptor = openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(descriptor, chunk);
  } catch {
    // ENOSPC: the disk is full now.
  } finally {
    closeSync(descriptor);
  }
  return filler;
}

const disk = mountSmallDisk('8m');
test.skip(!disk, SMALL_DISK_SKIPPED);
test.afterAll(() => disk?.unmount());

test('a full disk: the note editor keeps what was typed, through a lock, and saves it once there is room', async ({ page, filesDir }) => {
  const vaultDir = join(disk!.dir, 'vault');
  mkdirSync(vaultDir, { mode: 0o700 });
  const server: PreviewServer = await startPreviewServer({ vaultDir, filesDir, rendererDir: process.env.KAP_RENDERER_DIR });
  try {
    await createLockedVault(server);
    await page.goto(server.url);
    await unlock(page);
    const client = await seedClientWithHomework(server, 'Breathing practice');
    const editor = await writeNewNote(page, client.name);
    const filler = fillDisk(disk!);

    // Pasted, as a therapist might paste a long passage: far more than the pages the disk has left.
    const passage = `She described the ferry crossing, the gulls, the cold rail. `.repeat(400);
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(passage);
    const status = page.getByRole('status').filter({ hasText: /^Not saved yet/ });
    await expect(status).toContainText('The disk is full');
    await expect(editor).toContainText('the gulls, the cold rail');

    // Locking now cannot save it either; after unlocking, the note opens with the text back in the editor, unsaved.
    await page.keyboard.press('Control+l');
    await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
    await unlock(page);
    await openClient(page, client.name);
    await page.getByRole('button', { name: /^Open Integration note/ }).click();
    const reopened = page.getByRole('textbox', { name: 'Note text' });
    await expect(reopened).toContainText('the gulls, the cold rail');

    rmSync(filler);
    await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible({ timeout: 20_000 });
    const stored = JSON.stringify((await storedNote(server, await newestNoteId(server, client.id))).doc);
    expect(stored).toContain('She described the ferry crossing, the gulls, the cold rail.');
  } finally {
    await server.close();
  }
});
