import { useState } from 'react';
import { type MethodInput, SEARCH_LIMIT, type SearchKind, type SearchResult } from '../../../../shared/contract';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { PageHeader } from '../../ui/PageHeader';
import { SearchInputField } from '../../ui/SearchInputField';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { ClientFilter } from './ClientFilter';
import { KindFilter } from './KindFilter';
import { PrivateNotesChoice } from './PrivateNotesChoice';
import { searchAnswerText } from './search-answer-text';
import { buildSearchInput } from './search-input';
import { useSearch } from './search-queries';
import { SearchResultItem } from './SearchResultItem';
import '../../styles/clients.css';
import './search.css';
import { useNavigation } from '../../navigation/navigation';

/**
 * How many results to ask for: a page, and a page more per "Show more" for the same search; a new
 * search starts again from one page. The limit is left out at one page, so the cache key stays the same.
 */
function usePagedInput(input: MethodInput<'search.query'> | null) {
  const key = JSON.stringify(input);
  const [pages, setPages] = useState<{ key: string; limit: number }>({ key, limit: SEARCH_LIMIT.default });
  const limit = pages.key === key ? pages.limit : SEARCH_LIMIT.default;
  const paged = input && limit > SEARCH_LIMIT.default ? { ...input, limit } : input;
  const showMore = () => setPages({ key, limit: Math.min(limit + SEARCH_LIMIT.default, SEARCH_LIMIT.max) });
  return { paged, limit, showMore };
}

/** Full-text search over every note, homework and session timeline in the vault, best match first. */
export function SearchPage() {
  const { openNote, openClient, openSession } = useNavigation();
  const [text, setText] = useState('');
  const [clientId, setClientId] = useState<string | null>(null);
  const [kinds, setKinds] = useState<SearchKind[]>([]);
  const [includePrivate, setIncludePrivate] = useState(false);
  const typed = useDebouncedValue(text, 200);
  const input = buildSearchInput({ text: typed, clientId, kinds, includePrivate });
  const { paged, limit, showMore } = usePagedInput(input);
  const search = useSearch(paged);
  const filtered = clientId !== null || kinds.length > 0;
  const answer = input && search.data ? search.data : null;
  const results = answer ? answer.results : null;
  const busy = input !== null && search.isFetching;
  const more = answer !== null && (answer.matched.moreThan || answer.matched.count > answer.results.length);

  // A homework result opens its worksheet over the client's page; a session result, the session.
  const open = (result: SearchResult) => {
    if (result.target === 'note') openNote(result.id);
    else if (result.target === 'session') openSession(result.id);
    else openClient(result.clientId, { homeworkId: result.id });
  };

  return (
    <div className="search-page">
      <PageHeader title="Search" />

      <div className="search-controls">
        <SearchInputField label="Search notes and homework" placeholder="A word, a phrase, the start of a word" value={text} onChange={setText} />
        <div className="search-filters">
          <ClientFilter clientId={clientId} onChange={setClientId} />
          <KindFilter kinds={kinds} onChange={setKinds} />
          <PrivateNotesChoice value={includePrivate} onChange={setIncludePrivate} />
        </div>
      </div>

      <p className="result-count" role="status">
        {busy ? 'Searching…' : answer ? searchAnswerText(answer, input?.clientId !== undefined) : ''}
      </p>

      {input === null ? (
        text.trim() === '' ? (
          <p className="search-hint">
            Type a word or two to search every note, homework and session timeline. Words match from their start, so “anx” finds “anxious”.
          </p>
        ) : typed.trim() !== '' ? (
          <p className="search-hint">Type letters or numbers: punctuation alone finds nothing.</p>
        ) : null
      ) : search.isError ? (
        <FormAlert>
          {describeError(search.error)}{' '}
          <ActionButton variant="quiet" onPress={() => void search.refetch()}>
            Try again
          </ActionButton>
        </FormAlert>
      ) : !results ? null : results.length === 0 ? (
        <div className="empty-state">
          <p className="empty-title">
            Nothing found for “{input.query}”{filtered ? ' with these filters' : ''}.
          </p>
          {filtered ? (
            <ActionButton
              onPress={() => {
                setClientId(null);
                setKinds([]);
              }}
            >
              Search every client and kind
            </ActionButton>
          ) : (
            <p className="hint">Check the spelling, or try fewer words.</p>
          )}
        </div>
      ) : (
        <>
          <ul className="plain-list search-results" aria-label="Search results" aria-busy={busy || undefined}>
            {results.map((result) => (
              <SearchResultItem key={`${result.target}-${result.id}`} result={result} onOpen={() => open(result)} />
            ))}
          </ul>
          {!more ? null : limit < SEARCH_LIMIT.max ? (
            <ActionButton className="search-more" busy={busy} onPress={showMore}>
              Show more
            </ActionButton>
          ) : (
            <p className="search-hint">These are the first {SEARCH_LIMIT.max}. Add a word or a filter to narrow them.</p>
          )}
        </>
      )}
    </div>
  );
}
