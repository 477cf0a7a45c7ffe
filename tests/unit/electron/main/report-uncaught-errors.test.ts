import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { reportUncaughtErrors } from '../../../../electron/main/report-uncaught-errors';
import { createRecordingLogger } from '../../../support/fake-core';

function setUp() {
  const processEvents = new EventEmitter();
  const { logger, lines } = createRecordingLogger();
  const onFatal = vi.fn();
  reportUncaughtErrors(processEvents, logger, onFatal);
  return { processEvents, lines, onFatal };
}

describe('reportUncaughtErrors', () => {
  it('logs an uncaught exception as its class and code only, then runs the fatal handler', () => {
    const { processEvents, lines, onFatal } = setUp();
    processEvents.emit('uncaughtException', Object.assign(new TypeError("Cannot read 'Jane Doe, DOB 1980-01-01'"), { code: 'ERR_X' }));
    expect(lines).toEqual(['error: uncaught exception: TypeError (ERR_X)']);
    expect(onFatal).toHaveBeenCalledOnce();
  });

  it('logs an unhandled rejection without its message and keeps running', () => {
    const { processEvents, lines, onFatal } = setUp();
    processEvents.emit('unhandledRejection', new RangeError('client: Jane Doe'));
    processEvents.emit('unhandledRejection', 'a bare string with record text');
    expect(lines).toEqual(['error: unhandled rejection: RangeError', 'error: unhandled rejection: non-error thrown']);
    expect(onFatal).not.toHaveBeenCalled();
  });
});
