import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RpcFailure } from '../../shared/contract/errors';
import { type Platform, screenFactsFor } from '../platform';
import { createCopiedTextGuard } from './clear-copied-text';
import { setContentProtection } from './content-protection';
import type { ClipboardApi, MainWindow, SaveDialogApi } from './electron-api';

export interface ElectronPlatformDependencies {
  dialog: SaveDialogApi;
  mainWindow: () => MainWindow | null;
  documentsDir: () => string;
  clipboard: ClipboardApi;
  /** process.platform: what the screen offers depends on it. */
  os: string;
  /** The PDF holds PHI: owner-only, where the therapist chose to put it, never a temp file. */
  writePrivateFile?: (filePath: string, data: Uint8Array) => Promise<void>;
}

const writeOwnerOnly = (filePath: string, data: Uint8Array) => writeFile(filePath, data, { mode: 0o600 });

/** Desktop services for the handlers, built on the main window and Electron's save dialog. */
export function createElectronPlatform(dependencies: ElectronPlatformDependencies): Platform {
  const write = dependencies.writePrivateFile ?? writeOwnerOnly;
  const copiedText = createCopiedTextGuard(dependencies.clipboard);
  return {
    screen: screenFactsFor(dependencies.os),
    protectContent: (on) => setContentProtection(dependencies.mainWindow(), on),
    noteCopiedText: copiedText.note,
    // The vault is already locked; a clipboard that cannot be read is left as it is.
    clearCopiedText: () => void copiedText.clearIfStillCopied().catch(() => undefined),
    async exportWindowToPdf(suggestedFileName) {
      const window = dependencies.mainWindow();
      if (!window || window.isDestroyed()) throw new RpcFailure('UNAVAILABLE', 'There is no window to print.');
      const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: false });
      const choice = await dependencies.dialog.showSaveDialog({
        defaultPath: path.join(dependencies.documentsDir(), path.basename(suggestedFileName)),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await write(choice.filePath, pdf);
      return { saved: true };
    },
    async chooseFolder({ title }) {
      const choice = await dependencies.dialog.showOpenDialog({
        title,
        defaultPath: dependencies.documentsDir(),
        properties: ['openDirectory', 'createDirectory'],
      });
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
    async chooseSaveFile({ suggestedFileName, extension }) {
      const choice = await dependencies.dialog.showSaveDialog({
        defaultPath: path.join(dependencies.documentsDir(), path.basename(suggestedFileName)),
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      });
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
  };
}
