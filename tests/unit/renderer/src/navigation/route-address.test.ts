import { describe, expect, it } from 'vitest';
import type { Route } from '../../../../../renderer/src/navigation/route';
import { addressOf, routeAtAddress } from '../../../../../renderer/src/navigation/route-address';

describe('the route in the window address', () => {
  it('reads back every page it writes', () => {
    const routes: Route[] = [
      { page: 'clients' },
      { page: 'outcomes' },
      { page: 'search' },
      { page: 'settings' },
      { page: 'client', clientId: '0b7c6f8e-3c1d-4d59-9d0c-2a1f5e6b7c8d' },
      { page: 'session', sessionId: 'a1b2c3' },
      { page: 'note', noteId: 'n-42' },
      { page: 'follow-up', clientId: 'c-7' },
    ];
    for (const route of routes) expect(routeAtAddress(addressOf(route))).toEqual(route);
  });

  it('leaves out what only makes sense once (a homework opened from search)', () => {
    expect(addressOf({ page: 'client', clientId: 'c1', homeworkId: 'h1' })).toBe('#/client/c1');
  });

  it('answers null for an address it does not know, rather than guessing a page', () => {
    for (const hash of [
      '',
      '#',
      '#/',
      '#/clients/x',
      '#/client',
      '#/client/',
      '#/note/a/b',
      '#/follow-up',
      '#/nope/1',
      '#/client/<script>',
      `#/note/${'a'.repeat(65)}`,
    ]) {
      expect(routeAtAddress(hash), hash).toBeNull();
    }
  });
});
