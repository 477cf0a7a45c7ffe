import type { Logger } from '../logger';
import { describeErrorWithoutContent } from '../rpc/dispatch';

export interface ProcessErrorEvents {
  on: ((event: 'uncaughtException', listener: (error: unknown) => void) => unknown) &
    ((event: 'unhandledRejection', listener: (reason: unknown) => void) => unknown);
}

/**
 * Replaces Electron's default report (a dialog and stderr output with the message and stack,
 * which can quote record data) with the error's class and code only. After an uncaught
 * exception the process state is unknown, so `onFatal` closes the vault and exits.
 */
export function reportUncaughtErrors(processEvents: ProcessErrorEvents, logger: Logger, onFatal: () => void): void {
  processEvents.on('uncaughtException', (error) => {
    logger.error(`uncaught exception: ${describeErrorWithoutContent(error)}`);
    onFatal();
  });
  processEvents.on('unhandledRejection', (reason) => {
    logger.error(`unhandled rejection: ${describeErrorWithoutContent(reason)}`);
  });
}
