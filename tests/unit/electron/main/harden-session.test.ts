import { describe, expect, it } from 'vitest';
import { hardenSession } from '../../../../electron/main/harden-session';
import { FakeSession, firePreventable } from '../../../support/fake-electron';

function hardened(allowDevtools = false): FakeSession {
  const session = new FakeSession();
  hardenSession(session, { allowDevtools });
  return session;
}

describe('hardenSession', () => {
  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen'])('denies the %s permission request', (permission) => {
    const session = hardened();
    let granted: boolean | undefined;
    session.permissionRequestHandler?.(null, permission, (answer) => (granted = answer));
    expect(granted).toBe(false);
  });

  it('answers every permission check and device permission with false', () => {
    const session = hardened();
    expect(session.permissionCheckHandler?.()).toBe(false);
    expect(session.devicePermissionHandler?.()).toBe(false);
  });

  it('refuses screen capture requests', () => {
    const session = hardened();
    let answered: unknown = 'not answered';
    session.displayMediaRequestHandler?.({}, (streams) => (answered = streams));
    expect(answered).toBeNull();
  });

  it('turns the spellchecker off and points its dictionary download at the app origin, never the network', () => {
    const session = hardened();
    expect(session.spellCheckerEnabled).toBe(false);
    expect(session.dictionaryDownloadUrl).toMatch(/^kap:\/\/app\//);
  });

  it('prevents downloads', () => {
    const session = hardened();
    expect(firePreventable(session, 'will-download')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/index.html',
    'ws://localhost/',
    'file:///etc/passwd',
    'data:text/html,hi',
    'kapx://app/index.html',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
  ])('cancels a request for %s', (url) => {
    expect(hardened().cancels(url)).toBe(true);
  });

  it.each(['kap://app/index.html', 'kap://app/assets/app-1234.js'])('lets the app load its own file %s', (url) => {
    expect(hardened().cancels(url)).toBe(false);
  });

  it('lets DevTools load only when DevTools are allowed (unpackaged builds)', () => {
    expect(hardened(true).cancels('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(hardened(true).cancels('https://example.com/')).toBe(true);
  });
});
