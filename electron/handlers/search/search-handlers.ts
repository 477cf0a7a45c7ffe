import { catchUpSearch } from '../../../db/search-catch-up';
import { SEARCH_LIMIT } from '../../../shared/contract/search';
import { toFtsQuery } from '../../../shared/search/search-query';
import type { FeatureHandlers } from '../../rpc/handler-types';

export const searchHandlers: FeatureHandlers<'search.query'> = {
  'search.query': ({ query, clientId, kinds, includePrivate, limit }, { records }) => {
    const match = toFtsQuery(query);
    if (match === null) return { results: [], order: 'relevance', matched: { count: 0, moreThan: false } };
    const store = records();
    // Drafts typed and timelines logged since the last search are indexed first: no result is behind its record.
    catchUpSearch(store);
    return store.search.search({ match, clientId, kinds, includePrivate: includePrivate ?? false, limit: limit ?? SEARCH_LIMIT.default });
  },
};
