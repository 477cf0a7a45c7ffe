import './notes.css';

/** Marks a private psychotherapy note wherever it is shown: its page, its session's list, search results. */
export function PrivateNoteBadge() {
  return <span className="note-private-badge">Psychotherapy note (private)</span>;
}
