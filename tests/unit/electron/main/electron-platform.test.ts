import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createElectronPlatform } from '../../../../electron/main/electron-platform';
import { FakeBrowserWindow, FakeClipboard, FakeDialog } from '../../../support/fake-electron';

function setup(savePath: string | null, os = 'darwin') {
  const window = new FakeBrowserWindow({});
  const dialog = new FakeDialog();
  const clipboard = new FakeClipboard();
  dialog.nextSavePath = savePath;
  const written: { path: string; data: Uint8Array }[] = [];
  const platform = createElectronPlatform({
    dialog,
    mainWindow: () => window,
    documentsDir: () => '/home/therapist/Documents',
    clipboard,
    os,
    writePrivateFile: async (path, data) => {
      written.push({ path, data });
    },
  });
  return { window, dialog, clipboard, written, platform };
}

describe('the Electron platform: export the window to PDF', () => {
  it('prints the window, asks where to save under Documents, and writes there', async () => {
    const { window, dialog, written, platform } = setup('/home/therapist/Documents/form.pdf');
    expect(await platform.exportWindowToPdf('REMS monitoring form 2026-11-24.pdf')).toEqual({ saved: true });
    expect(window.webContents.printedToPdf).toEqual([{ pageSize: 'A4', printBackground: false }]);
    expect(dialog.saveRequests[0]?.defaultPath).toBe('/home/therapist/Documents/REMS monitoring form 2026-11-24.pdf');
    expect(written.map((file) => file.path)).toEqual(['/home/therapist/Documents/form.pdf']);
    expect(new TextDecoder().decode(written[0]!.data)).toMatch(/^%PDF/);
  });

  it('writes nothing when the therapist cancels', async () => {
    const { written, platform } = setup(null);
    expect(await platform.exportWindowToPdf('form.pdf')).toEqual({ saved: false });
    expect(written).toEqual([]);
  });

  it('keeps a suggested name inside the documents folder', async () => {
    const { dialog, platform } = setup(null);
    await platform.exportWindowToPdf('../../elsewhere.pdf');
    expect(dialog.saveRequests[0]?.defaultPath).toBe('/home/therapist/Documents/elsewhere.pdf');
  });

  it('refuses with UNAVAILABLE when the window is gone', async () => {
    const { window, platform } = setup('/x.pdf');
    window.destroyed = true;
    await expect(platform.exportWindowToPdf('form.pdf')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});

describe('the Electron platform: folders and files the therapist chooses', () => {
  it('asks for a folder starting in Documents, and answers it (or null when cancelled)', async () => {
    const { dialog, platform } = setup(null);
    dialog.nextFolder = '/media/therapist/BACKUP';
    expect(await platform.chooseFolder({ title: 'Where should backups go?' })).toBe('/media/therapist/BACKUP');
    expect(dialog.folderRequests[0]).toEqual({
      title: 'Where should backups go?',
      defaultPath: '/home/therapist/Documents',
      properties: ['openDirectory', 'createDirectory'],
    });
    dialog.nextFolder = null;
    expect(await platform.chooseFolder({ title: 'Choose a backup' })).toBeNull();
  });

  it('asks where to save a file under its suggested name, kept inside Documents', async () => {
    const { dialog, platform } = setup('/home/therapist/Documents/record.json');
    expect(await platform.chooseSaveFile({ suggestedFileName: '../record.json', extension: 'json' })).toBe('/home/therapist/Documents/record.json');
    expect(dialog.saveRequests[0]).toEqual({ defaultPath: '/home/therapist/Documents/record.json', filters: [{ name: 'JSON', extensions: ['json'] }] });
    dialog.nextSavePath = null;
    expect(await platform.chooseSaveFile({ suggestedFileName: 'record.pdf', extension: 'pdf' })).toBeNull();
  });
});

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** clearCopiedText reads the clipboard asynchronously; let it finish. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the Electron platform: the screen and the clipboard (decision 0054)', () => {
  it('turns the window content protection on and off', () => {
    const { window, platform } = setup(null);
    platform.protectContent(false);
    platform.protectContent(true);
    expect(window.contentProtection).toEqual([false, true]);
    window.destroyed = true;
    platform.protectContent(false);
    expect(window.contentProtection).toEqual([false, true]);
  });

  it.each([
    ['darwin', { lockEvent: true, contentProtection: true }],
    ['win32', { lockEvent: true, contentProtection: true }],
    ['linux', { lockEvent: false, contentProtection: false }],
  ])('says what %s offers: a screen-lock event, hiding the window', (os, facts) => {
    expect(setup(null, os).platform.screen).toEqual(facts);
  });

  it('clears the clipboard at a lock when it still holds the text copied from the app', async () => {
    const { clipboard, platform } = setup(null);
    clipboard.text = 'Robin Example, dosed 10:42';
    platform.noteCopiedText(sha256(clipboard.text));
    platform.clearCopiedText();
    await settle();
    expect(clipboard.clears).toBe(1);
    expect(clipboard.text).toBe('');
  });

  it('leaves the clipboard alone when the therapist copied something else since, and forgets the hash at the lock', async () => {
    const { clipboard, platform } = setup(null);
    platform.noteCopiedText(sha256('Robin Example'));
    clipboard.text = 'a link from the browser';
    platform.clearCopiedText();
    await settle();
    expect(clipboard.clears).toBe(0);
    // Copied back later from elsewhere: the old hash is gone, so a second lock does not clear it.
    clipboard.text = 'Robin Example';
    platform.clearCopiedText();
    await settle();
    expect(clipboard.clears).toBe(0);
  });

  it('does nothing at a lock when nothing was copied from the app', async () => {
    const { clipboard, platform } = setup(null);
    clipboard.text = '';
    platform.clearCopiedText();
    await settle();
    expect(clipboard.clears).toBe(0);
  });
});
