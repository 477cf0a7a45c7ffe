import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../db/migrate';
import { SEARCH_PLACE_KEPT_MS, type SearchOptions, SearchRepository } from '../../../db/search-repository';
import { SEARCH_RANKING_CAP } from '../../../shared/contract/search';
import { toFtsQuery } from '../../../shared/search/search-query';
import { searchNote } from '../../support/search-documents';

/**
 * The search repository's three paths on a migrated database: ranked by relevance, newest first
 * past SEARCH_RANKING_CAP matches, and newest first within one client; and the order "newest"
 * means (a document moves to the front when its updated_at changes, once its place is older than
 * SEARCH_PLACE_KEPT_MS; inside that time it keeps its place and its new words).
 */
describe('search paths: what each answer says and holds', () => {
  let db: Database.Database;
  let search: SearchRepository;

  beforeEach(() => {
    db = new Database(':memory:');
    migrate(db);
    const client = db.prepare("INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES (?, ?, '', 1, 1)");
    client.run('c1', 'First Client');
    client.run('c2', 'Second Client');
    search = new SearchRepository(db);
  });
  afterEach(() => db.close());

  const note = searchNote;
  const find = (typed: string, options: Partial<Omit<SearchOptions, 'match'>> = {}) =>
    search.search({ match: toFtsQuery(typed)!, includePrivate: false, limit: 20, ...options });
  const ids = (typed: string, options: Partial<Omit<SearchOptions, 'match'>> = {}) => find(typed, options).results.map((result) => result.id);

  it('ranks by relevance up to the cap and says how many matched, exactly', () => {
    search.index(note('once', 'harbour and many other words to dilute the one hit in this longer note', { updatedAt: 3 }));
    search.index(note('twice', 'harbour harbour', { updatedAt: 1 }));
    search.index(note('titled', 'nothing', { title: 'Harbour', updatedAt: 2 }));
    search.index(note('none', 'lighthouse', { updatedAt: 4 }));
    const answer = find('harb', { limit: 2 });
    expect(answer.order).toBe('relevance');
    expect(answer.matched).toEqual({ count: 3, moreThan: false });
    // By bm25 (newest first would be 'once', then 'titled'): the diluted single hit comes last and is cut.
    expect(answer.results.map((result) => result.id)).toEqual(['twice', 'titled']);
    expect(answer.results[1]!.snippet.filter((part) => part.hit).map((part) => part.text)).toEqual(['Harbour']);
  });

  it('past the cap, answers the most recently changed first and says there are more than the cap', () => {
    const write = db.transaction(() => {
      for (let index = 0; index <= SEARCH_RANKING_CAP; index++) search.index(note(`n${index}`, `harbour ${index}`, { updatedAt: 1000 + index }));
    });
    write();
    // The oldest, edited last: it moves to the front.
    search.index(note('n0', 'harbour edited', { updatedAt: 1000 + SEARCH_PLACE_KEPT_MS }));
    const answer = find('harbour');
    expect(answer.order).toBe('newest-first');
    expect(answer.matched).toEqual({ count: SEARCH_RANKING_CAP, moreThan: true });
    expect(answer.results.map((result) => result.id)).toEqual(['n0', ...Array.from({ length: 19 }, (_, index) => `n${SEARCH_RANKING_CAP - index}`)]);
    expect(answer.results[0]!.snippet.map((part) => part.text).join('')).toBe('harbour edited');
    // One match fewer than the cap plus one: ranked again.
    search.remove('note', 'n0');
    search.remove('note', 'n1');
    expect(find('harbour').order).toBe('relevance');
    expect(find('harbour').matched).toEqual({ count: SEARCH_RANKING_CAP - 1, moreThan: false });
  });

  it('counts the prefix when the whole word alone stays under the cap', () => {
    const write = db.transaction(() => {
      for (let index = 0; index <= SEARCH_RANKING_CAP; index++) search.index(note(`n${index}`, index % 2 === 0 ? 'harbour' : 'harbours', { updatedAt: index }));
    });
    write();
    expect(find('harbour')).toMatchObject({ order: 'newest-first', matched: { count: SEARCH_RANKING_CAP, moreThan: true } });
    expect(find('harbours')).toMatchObject({ order: 'relevance', matched: { count: SEARCH_RANKING_CAP / 2, moreThan: false } });
  });

  it("within one client, answers only that client's matches, newest first, private ones only when asked, narrowed by kind", () => {
    search.index(note('old', 'harbour', { updatedAt: 1 }));
    search.index(note('private', 'harbour', { updatedAt: 2, isPrivate: true }));
    search.index(note('integration', 'harbour', { updatedAt: 3, kind: 'integration' }));
    search.index({ ...note('homework', 'harbour walk', { updatedAt: 4 }), target: 'homework', kind: 'custom' });
    search.index(note('theirs', 'harbour', { updatedAt: 5, clientId: 'c2' }));

    const answer = find('harbour', { clientId: 'c1' });
    expect(answer.order).toBe('newest-first');
    expect(answer.matched).toEqual({ count: 3, moreThan: false });
    expect(answer.results.map((result) => result.id)).toEqual(['homework', 'integration', 'old']);
    expect(answer.results.every((result) => result.clientId === 'c1' && result.clientName === 'First Client')).toBe(true);
    expect(ids('harbour', { clientId: 'c1', includePrivate: true })).toEqual(['homework', 'integration', 'private', 'old']);
    expect(ids('harbour', { clientId: 'c1', kinds: ['integration', 'homework'] })).toEqual(['homework', 'integration']);
    expect(ids('harbour', { clientId: 'c2' })).toEqual(['theirs']);
    expect(find('harbour', { clientId: 'c1', limit: 2 }).matched).toEqual({ count: 2, moreThan: true });
    expect(find('lighthouse', { clientId: 'c1' })).toEqual({ results: [], order: 'newest-first', matched: { count: 0, moreThan: false } });
  });

  it('keeps a document in its place when it is indexed again unchanged, and moves it when its updated_at changes', () => {
    search.index(note('first', 'harbour', { updatedAt: 1 }));
    search.index(note('second', 'harbour', { updatedAt: 2 }));
    // Re-indexed with the same time (a linked homework renamed): its place stays.
    search.index(note('first', 'harbour renamed link', { updatedAt: 1 }));
    expect(ids('harbour', { clientId: 'c1' })).toEqual(['second', 'first']);
    search.index(note('first', 'harbour saved again', { updatedAt: 1 + SEARCH_PLACE_KEPT_MS }));
    expect(ids('harbour', { clientId: 'c1' })).toEqual(['first', 'second']);
    expect(db.prepare('SELECT count(*) FROM search_documents').pluck().get()).toBe(2);
    // The index follows the row: the old words are gone.
    expect(ids('renamed', { clientId: 'c1' })).toEqual([]);
  });

  it('while a document keeps changing within SEARCH_PLACE_KEPT_MS of taking its place, updates it in place with its new words and time', () => {
    search.index(note('typed', 'harbour', { updatedAt: 1 }));
    search.index(note('other', 'harbour', { updatedAt: 2 }));
    const rowidOf = db.prepare<[string], number>("SELECT id FROM search_documents WHERE target = 'note' AND target_id = ?").pluck();
    const placed = rowidOf.get('typed');
    // Autosaves while typing: the row stays where it is, its words and date follow each save.
    for (const at of [5_000, 30_000, SEARCH_PLACE_KEPT_MS]) search.index(note('typed', `harbour lighthouse ${at}`, { updatedAt: at }));
    expect(rowidOf.get('typed')).toBe(placed);
    expect(ids('harbour', { clientId: 'c1' })).toEqual(['other', 'typed']);
    expect(find('lighthouse', { clientId: 'c1' }).results).toMatchObject([{ id: 'typed', updatedAt: SEARCH_PLACE_KEPT_MS }]);
    expect(ids(String(30_000), { clientId: 'c1' })).toEqual([]);
    // The first save a full SEARCH_PLACE_KEPT_MS after it was placed moves it to the front, and starts a new place.
    search.index(note('typed', 'harbour lighthouse moved', { updatedAt: 1 + SEARCH_PLACE_KEPT_MS }));
    expect(ids('harbour', { clientId: 'c1' })).toEqual(['typed', 'other']);
    const moved = rowidOf.get('typed');
    expect(moved).toBeGreaterThan(placed!);
    search.index(note('typed', 'harbour lighthouse kept', { updatedAt: 2 * SEARCH_PLACE_KEPT_MS }));
    expect(rowidOf.get('typed')).toBe(moved);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // FTS5's own check throws when the index and its rows disagree.
    expect(() => db.exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')")).not.toThrow();
  });
});
