import { useState, type ReactNode } from 'react';
import { Heading } from '../../ui/aria-primitives';
import { ActionButton } from '../../ui/ActionButton';

export interface TodayItem {
  key: string;
  text: ReactNode;
  action: string;
  /** The button's full name: the action and whose record it opens. */
  label: string;
  onOpen: () => void;
}

/**
 * How many items a group shows before "Show all": the home screen stays a glance on a full
 * caseload (and mounts fast: 200 clients in courses made 600 rows), and the rest is one press away.
 */
export const TODAY_GROUP_FIRST_ITEMS = 5;

/** One kind of work due, each item with the button that opens where it is done. Nothing when it is empty. */
export function TodayGroup({ id, title, items }: { id: string; title: string; items: readonly TodayItem[] }) {
  const [showAll, setShowAll] = useState(false);
  if (items.length === 0) return null;
  const hidden = showAll ? 0 : Math.max(0, items.length - TODAY_GROUP_FIRST_ITEMS);
  const shown = hidden > 0 ? items.slice(0, TODAY_GROUP_FIRST_ITEMS) : items;
  return (
    <section className="today-group" aria-labelledby={`today-${id}`}>
      <Heading level={3} id={`today-${id}`} className="today-group-title">
        {title}
      </Heading>
      <ul className="plain-list" id={`today-${id}-items`}>
        {shown.map((item) => (
          <li key={item.key} className="flag-row">
            <span>{item.text}</span>
            <ActionButton variant="quiet" aria-label={item.label} onPress={item.onOpen}>
              {item.action}
            </ActionButton>
          </li>
        ))}
      </ul>
      {items.length > TODAY_GROUP_FIRST_ITEMS ? (
        <ActionButton
          variant="quiet"
          aria-label={showAll ? `Show fewer: ${title}` : `Show all ${items.length}: ${title}`}
          aria-expanded={showAll}
          aria-controls={`today-${id}-items`}
          onPress={() => setShowAll((all) => !all)}
        >
          {showAll ? 'Show fewer' : `Show all ${items.length}`}
        </ActionButton>
      ) : null}
    </section>
  );
}
