import { describe, expect, it } from 'vitest';
import { lockOnRendererFailure } from '../../../../electron/main/lock-on-renderer-failure';
import { createFakeCore } from '../../../support/fake-core';
import { FakeWebContents } from '../../../support/fake-electron';

function setUp() {
  const contents = new FakeWebContents();
  const { core } = createFakeCore();
  lockOnRendererFailure(contents, core);
  return { contents, core };
}

describe('lockOnRendererFailure', () => {
  it.each(['crashed', 'oom', 'killed', 'abnormal-exit'])('locks at once when the renderer is gone (%s), and loads the page again', (reason) => {
    const { contents, core } = setUp();
    contents.emit('render-process-gone', {}, { reason });
    expect(core.lock).toHaveBeenCalledExactlyOnceWith('renderer-gone');
    expect(core.requestLock).not.toHaveBeenCalled();
    expect(contents.reloads).toBe(1);
  });

  it('locks on a clean exit (the app quitting) without loading the page again', () => {
    const { contents, core } = setUp();
    contents.emit('render-process-gone', {}, { reason: 'clean-exit' });
    expect(core.lock).toHaveBeenCalledExactlyOnceWith('renderer-gone');
    expect(contents.reloads).toBe(0);
  });

  it('locks at once when the renderer stops responding: it could not save a draft anyway', () => {
    const { contents, core } = setUp();
    contents.emit('unresponsive');
    expect(core.lock).toHaveBeenCalledExactlyOnceWith('renderer-unresponsive');
    expect(core.requestLock).not.toHaveBeenCalled();
    expect(contents.reloads).toBe(0);
  });
});
