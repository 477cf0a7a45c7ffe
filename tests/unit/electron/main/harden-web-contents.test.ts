import { describe, expect, it } from 'vitest';
import { hardenWebContents } from '../../../../electron/main/harden-web-contents';
import { FakeWebContents, firePreventable } from '../../../support/fake-electron';

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents);
  return contents;
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect'] as const)('%s: prevents leaving the app origin', (event) => {
    const contents = hardened();
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'kap://other/index.html',
      'kap://app.example/',
      'http://app/',
      'about:blank',
      'javascript:alert(1)',
    ]) {
      expect(contents.navigate(event, url), url).toBe(true);
    }
  });

  it.each(['will-navigate', 'will-redirect'] as const)('%s: allows navigation within the app origin', (event) => {
    const contents = hardened();
    expect(contents.navigate(event, 'kap://app/index.html')).toBe(false);
    expect(contents.navigate(event, 'kap://app/')).toBe(false);
  });

  it('denies window.open', () => {
    expect(hardened().windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('prevents attaching a <webview>', () => {
    expect(firePreventable(hardened(), 'will-attach-webview')).toBe(true);
  });
});
