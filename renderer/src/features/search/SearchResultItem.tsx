import { useId } from 'react';
import { Button } from '../../ui/aria-primitives';
import type { SearchResult } from '../../../../shared/contract';
import { PrivateNoteBadge } from '../notes';
import { formatDate } from '../../ui/time-text';
import { resultKindLabel, resultTitle } from './search-input';
import { SearchSnippet } from './SearchSnippet';

/**
 * One result. The button is named by the title alone, so a list read aloud stays short; who,
 * what kind and when, and the matching words, are its description. The whole card takes the click.
 */
export function SearchResultItem({ result, onOpen }: { result: SearchResult; onOpen: () => void }) {
  const detailsId = useId();
  const snippetId = useId();
  return (
    <li className="card search-result">
      <Button className="search-result-open" onPress={onOpen} aria-describedby={result.snippet.length > 0 ? `${detailsId} ${snippetId}` : detailsId}>
        {resultTitle(result)}
      </Button>
      <p id={detailsId} className="search-result-details">
        <span className="search-result-client">{result.clientName}</span>
        <span>{resultKindLabel(result)}</span>
        <span>{formatDate(result.updatedAt)}</span>
        {result.isPrivate ? <PrivateNoteBadge /> : null}
      </p>
      <SearchSnippet id={snippetId} parts={result.snippet} />
    </li>
  );
}
