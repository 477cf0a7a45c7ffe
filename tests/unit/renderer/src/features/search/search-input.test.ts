import { describe, expect, it } from 'vitest';
import { buildSearchInput, resultKindLabel, resultTitle, SEARCH_KIND_CHOICES } from '../../../../../../renderer/src/features/search/search-input';
import { SEARCH_KINDS } from '../../../../../../shared/contract';

describe('the search input built from the filters', () => {
  it('asks nothing while there is no word to search for', () => {
    expect(buildSearchInput({ text: '', clientId: null, kinds: [], includePrivate: false })).toBeNull();
    expect(buildSearchInput({ text: '  -- !? ', clientId: 'c1', kinds: ['homework'], includePrivate: false })).toBeNull();
  });

  it('sends the trimmed words, and the client only when one is chosen', () => {
    expect(buildSearchInput({ text: '  grief  ', clientId: null, kinds: [], includePrivate: false })).toEqual({ query: 'grief' });
    expect(buildSearchInput({ text: 'grief', clientId: 'c1', kinds: [], includePrivate: false })).toEqual({ query: 'grief', clientId: 'c1' });
  });

  it('narrows by kind in a fixed order, and treats none or all ticked as every kind', () => {
    expect(buildSearchInput({ text: 'grief', clientId: null, kinds: ['homework', 'session'], includePrivate: false })).toEqual({
      query: 'grief',
      kinds: ['session', 'homework'],
    });
    expect(buildSearchInput({ text: 'grief', clientId: null, kinds: [...SEARCH_KINDS], includePrivate: false })).toEqual({ query: 'grief' });
  });

  it('asks for private notes only when ticked', () => {
    expect(buildSearchInput({ text: 'grief', clientId: null, kinds: [], includePrivate: false })).toEqual({ query: 'grief' });
    expect(buildSearchInput({ text: 'grief', clientId: null, kinds: [], includePrivate: true })).toEqual({ query: 'grief', includePrivate: true });
  });

  it('offers every kind the contract knows', () => {
    expect(SEARCH_KIND_CHOICES.map((choice) => choice.kind).sort()).toEqual([...SEARCH_KINDS].sort());
  });
});

describe('how a result is named', () => {
  it('labels notes by kind and homework by type', () => {
    expect(resultKindLabel({ target: 'note', kind: 'integration' })).toBe('Integration note');
    expect(resultKindLabel({ target: 'homework', kind: 'thought-record' })).toBe('Homework: Thought record');
  });

  it('falls back to what it is when the title is empty', () => {
    expect(resultTitle({ target: 'note', kind: 'session', title: ' ' })).toBe('Untitled session note');
    expect(resultTitle({ target: 'note', kind: 'session', title: 'After the second dose' })).toBe('After the second dose');
  });
});
