import type { SearchResult } from '../../../../shared/contract';

/** The words around the hits, each hit marked. Text nodes only: notes are never rendered as HTML. */
export function SearchSnippet({ id, parts }: { id: string; parts: SearchResult['snippet'] }) {
  if (parts.length === 0) return null;
  return (
    <p id={id} className="search-snippet">
      {parts.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </p>
  );
}
