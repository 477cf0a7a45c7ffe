import type { AppCore } from '../app-core';
import type { RendererFailureEvents } from './electron-api';

/**
 * A renderer that crashed or hangs cannot lock itself nor save a draft: main locks at once. After
 * a crash the page is loaded again, so the therapist sees the lock screen rather than a blank
 * window; a hung page that recovers hears vault.locked like any other.
 */
export function lockOnRendererFailure(contents: RendererFailureEvents, core: Pick<AppCore, 'lock'>): void {
  contents.on('render-process-gone', (_event, details) => {
    core.lock('renderer-gone');
    // A clean exit is the app quitting: nothing to show again.
    if (details.reason !== 'clean-exit') contents.reload();
  });
  contents.on('unresponsive', () => core.lock('renderer-unresponsive'));
}
