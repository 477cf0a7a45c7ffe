import { describe, expect, it } from 'vitest';
import { PageTrail } from '../../../../../renderer/src/navigation/page-trail';

describe('PageTrail', () => {
  it('returns to the page just left as it was left: scroll position and choices', () => {
    const trail = new PageTrail();
    const client = trail.visit('#/client/c1');
    client.kept.set('which notes', 'private');
    const note = trail.move('#/note/n1', 640);
    expect(note.returning).toBe(false);
    expect(note.scrollTop).toBe(0);
    const back = trail.move('#/client/c1', 0);
    expect(back).toMatchObject({ address: '#/client/c1', returning: true, scrollTop: 640 });
    expect(back.kept.get('which notes')).toBe('private');
    expect(trail.visit('#/client/c1')).toBe(back);
  });

  it('starts afresh on a page that was not the one just left', () => {
    const trail = new PageTrail();
    trail.visit('#/client/c1').kept.set('Measures shown whole', true);
    trail.move('#/note/n1', 300);
    trail.move('#/search', 0);
    const again = trail.move('#/client/c1', 0);
    expect(again).toMatchObject({ returning: false, scrollTop: 0 });
    expect(again.kept.size).toBe(0);
  });

  it('a return can itself be returned from: client, note, client, note, client', () => {
    const trail = new PageTrail();
    trail.visit('#/client/c1');
    trail.move('#/note/n1', 500);
    const back = trail.move('#/client/c1', 120);
    back.kept.set('Sessions shown whole', true);
    const noteAgain = trail.move('#/note/n1', 800);
    // The note was the page just left, so it too is a return, to where it was scrolled.
    expect(noteAgain).toMatchObject({ returning: true, scrollTop: 120 });
    const clientAgain = trail.move('#/client/c1', 0);
    expect(clientAgain).toMatchObject({ returning: true, scrollTop: 800 });
    expect(clientAgain.kept.get('Sessions shown whole')).toBe(true);
  });

  it('a move to the page on screen keeps its visit', () => {
    const trail = new PageTrail();
    const clients = trail.visit('#/clients');
    expect(trail.move('#/clients', 90)).toBe(clients);
    expect(clients.scrollTop).toBe(90);
  });

  it('a page shown without a move (the first, a resumed session) is a fresh visit', () => {
    const trail = new PageTrail();
    trail.visit('#/clients');
    const resumed = trail.visit('#/session/s1');
    expect(resumed).toMatchObject({ address: '#/session/s1', returning: false });
  });
});
