import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl } from '../../../../electron/main/app-origin';

describe('isAppUrl', () => {
  it('accepts URLs on kap://app', () => {
    expect(APP_ORIGIN).toBe('kap://app');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('kap://app/assets/x.js?y=1#z')).toBe(true);
  });

  it.each([
    'kap://app.evil.example/',
    'kap://evil/app',
    'kap://app:8080/',
    'kap://user:pw@app/',
    'https://app/',
    'kap:app',
    'file:///kap://app/',
    '',
    'nonsense',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
