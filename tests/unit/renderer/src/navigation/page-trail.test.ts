import { describe, expect, it } from 'vitest';
import { PageTrail } from '../../../../../renderer/src/navigation/page-trail';

const CLIENTS = { address: '#/clients', depth: 0 };
const SEARCH = { address: '#/search', depth: 0 };
const CLIENT = { address: '#/client/c1', depth: 1 };
const NOTE = { address: '#/note/n1', depth: 2 };
const SESSION = { address: '#/session/s1', depth: 2 };

describe('PageTrail', () => {
  it('returns to the page just left as it was left: scroll position and choices', () => {
    const trail = new PageTrail();
    const client = trail.visit(CLIENT);
    client.kept.set('which notes', 'private');
    const note = trail.move(NOTE, 640);
    expect(note.returning).toBe(false);
    expect(note.scrollTop).toBe(0);
    const back = trail.move(CLIENT, 0);
    expect(back).toMatchObject({ address: '#/client/c1', returning: true, scrollTop: 640 });
    expect(back.kept.get('which notes')).toBe('private');
    expect(trail.visit(CLIENT)).toBe(back);
  });

  it('starts afresh on a page that was not the one just left', () => {
    const trail = new PageTrail();
    trail.visit(CLIENT).kept.set('Measures shown whole', true);
    trail.move(NOTE, 300);
    trail.move(SEARCH, 0);
    const again = trail.move(CLIENT, 0);
    expect(again).toMatchObject({ returning: false, scrollTop: 0 });
    expect(again.kept.size).toBe(0);
  });

  it('a return can itself be returned from: client, note, client, note, client', () => {
    const trail = new PageTrail();
    trail.visit(CLIENT);
    trail.move(NOTE, 500);
    const back = trail.move(CLIENT, 120);
    back.kept.set('Sessions shown whole', true);
    const noteAgain = trail.move(NOTE, 800);
    // The note was the page just left, so it too is a return, to where it was scrolled.
    expect(noteAgain).toMatchObject({ returning: true, scrollTop: 120 });
    const clientAgain = trail.move(CLIENT, 0);
    expect(clientAgain).toMatchObject({ returning: true, scrollTop: 800 });
    expect(clientAgain.kept.get('Sessions shown whole')).toBe(true);
  });

  it('a move to the page on screen keeps its visit', () => {
    const trail = new PageTrail();
    const clients = trail.visit(CLIENTS);
    expect(trail.move(CLIENTS, 90)).toBe(clients);
    expect(clients.scrollTop).toBe(90);
  });

  it('a page shown without a move (the first, a resumed session) is a fresh visit', () => {
    const trail = new PageTrail();
    trail.visit(CLIENTS);
    const resumed = trail.visit(SESSION);
    expect(resumed).toMatchObject({ address: '#/session/s1', returning: false });
  });

  it('gives focus back to the control a page was left by on a return back up, not on a return down', () => {
    const trail = new PageTrail();
    trail.visit(CLIENTS);
    const row = { fingerprint: 0x1234, ordinal: 2 };
    trail.move(CLIENT, 0, row);
    // Client to list (up): back to the client's row.
    expect(trail.move(CLIENTS, 0, { fingerprint: 7, ordinal: 0 })).toMatchObject({ returning: true, focusReturnsTo: row });
    // The same client's row once more (down): a return for scrolling, an opening for focus.
    const clientAgain = trail.move(CLIENT, 0, row);
    expect(clientAgain.returning).toBe(true);
    expect(clientAgain.focusReturnsTo).toBeNull();
    // Left with nothing focused in the page (a shortcut, the top bar): nothing to give focus back to.
    trail.move(NOTE, 0, null);
    expect(trail.move(CLIENT, 0, null).focusReturnsTo).toBeNull();
  });
});
