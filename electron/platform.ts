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
  /** What this desktop tells and offers about the screen (decision 0054). */
  readonly screen: ScreenFacts;
  /** Hides the window from screenshots and screen sharing (true), or lets it be captured (false). */
  protectContent: (on: boolean) => void;
  /** Remembers the SHA-256 (hex) of text just copied from the app; only the hash, and only in memory. */
  noteCopiedText: (sha256: string) => void;
  /** Empties the clipboard if it still holds the text last copied from the app; called at every lock. */
  clearCopiedText: () => void;
}

/** Electron sends a screen-lock event, and can hide a window from capture, on macOS and Windows only. */
export interface ScreenFacts {
  lockEvent: boolean;
  contentProtection: boolean;
}

export function screenFactsFor(os: string): ScreenFacts {
  const supported = os === 'darwin' || os === 'win32';
  return { lockEvent: supported, contentProtection: supported };
}

const needsDesktop = () => Promise.reject(new RpcFailure('UNAVAILABLE', 'Export to PDF needs the desktop app. Use Print and choose "Save as PDF" instead.'));

/** Where there is no desktop shell and no folder to offer: say so plainly. */
export const browserOnlyPlatform: Platform = {
  exportWindowToPdf: needsDesktop,
  chooseFolder: () => Promise.reject(new RpcFailure('UNAVAILABLE', 'Choosing a folder needs the desktop app.')),
  chooseSaveFile: () => Promise.reject(new RpcFailure('UNAVAILABLE', 'Saving a file needs the desktop app.')),
  // The preview runs on this machine, in a browser: the facts are this system's; the window and clipboard are the browser's.
  screen: screenFactsFor(process.platform),
  protectContent: () => undefined,
  noteCopiedText: () => undefined,
  clearCopiedText: () => undefined,
};

/**
 * The preview server's and the tests' stand-in for the dialogs: every folder asked for is
 * `folder`, and every file is saved in it under its suggested name.
 */
export function oneFolderPlatform(folder: string): Platform {
  return {
    ...browserOnlyPlatform,
    chooseFolder: () => Promise.resolve(folder),
    chooseSaveFile: ({ suggestedFileName }) => Promise.resolve(join(folder, basename(suggestedFileName))),
  };
}
