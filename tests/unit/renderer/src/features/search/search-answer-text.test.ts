import { describe, expect, it } from 'vitest';
import { searchAnswerText } from '../../../../../../renderer/src/features/search/search-answer-text';

const answer = (order: 'relevance' | 'newest-first', count: number, moreThan = false) => ({ results: [], order, matched: { count, moreThan } });

describe('searchAnswerText', () => {
  it('says how many matched and that the best come first when ranked', () => {
    expect(searchAnswerText(answer('relevance', 1), false)).toBe('1 match, best match first');
    expect(searchAnswerText(answer('relevance', 312), false)).toBe('312 matches, best match first');
    expect(searchAnswerText(answer('relevance', 0), false)).toBe('0 matches');
  });

  it('says why the newest come first, and never calls that list ranked', () => {
    const broad = searchAnswerText(answer('newest-first', 1000, true), false);
    expect(broad).toBe('More than 1,000 matches: too many to rank by relevance, so the most recently changed come first. Add a word to narrow them.');
    expect(searchAnswerText(answer('newest-first', 20, true), true)).toBe('More than 20 matches for this client, most recently changed first');
    expect(searchAnswerText(answer('newest-first', 3), true)).toBe('3 matches for this client, most recently changed first');
    for (const text of [broad, searchAnswerText(answer('newest-first', 3), true)]) expect(text).not.toContain('best');
  });
});
