import { basename, join } from 'node:path';
import { RpcFailure } from '../shared/contract/errors';

/**
 * Services only the desktop shell can give (dialogs, printing the window to PDF). Handlers reach
 * them through this interface: main implements it with Electron, tests and the preview server
 * with something else. Paths come from here, never from the renderer, so a renderer cannot name
 * a place on disk to write to.
 */
export interface Platform {
  /** Prints the current window to PDF and asks where to save it; false when the therapist cancels. */
  exportWindowToPdf: (suggestedFileName: string) => Promise<{ saved: boolean }>;
  /** Asks the therapist for a folder (where backups go, a backup to restore); null when cancelled. */
  chooseFolder: (request: { title: string }) => Promise<string | null>;
  /** Asks where to save a file, suggesting a name (never a client's); null when cancelled. */
  chooseSaveFile: (request: { suggestedFileName: string; extension: string }) => Promise<string | null>;
}

const needsDesktop = () => Promise.reject(new RpcFailure('UNAVAILABLE', 'Export to PDF needs the desktop app. Use Print and choose "Save as PDF" instead.'));

/** Where there is no desktop shell and no folder to offer: say so plainly. */
export const browserOnlyPlatform: Platform = {
  exportWindowToPdf: needsDesktop,
  chooseFolder: () => Promise.reject(new RpcFailure('UNAVAILABLE', 'Choosing a folder needs the desktop app.')),
  chooseSaveFile: () => Promise.reject(new RpcFailure('UNAVAILABLE', 'Saving a file needs the desktop app.')),
};

/**
 * The preview server's and the tests' stand-in for the dialogs: every folder asked for is
 * `folder`, and every file is saved in it under its suggested name.
 */
export function oneFolderPlatform(folder: string): Platform {
  return {
    exportWindowToPdf: needsDesktop,
    chooseFolder: () => Promise.resolve(folder),
    chooseSaveFile: ({ suggestedFileName }) => Promise.resolve(join(folder, basename(suggestedFileName))),
  };
}
