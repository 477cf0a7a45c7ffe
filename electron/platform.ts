import { RpcFailure } from '../shared/contract/errors';

/**
 * Services only the desktop shell can give (save dialog, printing the window to PDF). Handlers
 * reach them through this interface: main implements it with Electron, tests and the preview
 * server with something else.
 */
export interface Platform {
  /** Prints the current window to PDF and asks where to save it; false when the therapist cancels. */
  exportWindowToPdf(suggestedFileName: string): Promise<{ saved: boolean }>;
}

/** Where there is no desktop shell (preview server, tests): say so plainly. */
export const browserOnlyPlatform: Platform = {
  exportWindowToPdf: () => Promise.reject(new RpcFailure('UNAVAILABLE', 'Export to PDF needs the desktop app. Use Print and choose "Save as PDF" instead.')),
};
