import type { ReactNode } from 'react';
import { Heading } from '../../ui/aria-primitives';
import { ActionButton } from '../../ui/ActionButton';
import { useFirstItems } from '../../ui/use-first-items';

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
  const { shown, toggle, listId } = useFirstItems(items, TODAY_GROUP_FIRST_ITEMS, title);
  if (items.length === 0) return null;
  return (
    <section className="today-group" aria-labelledby={`today-${id}`}>
      <Heading level={3} id={`today-${id}`} className="today-group-title">
        {title}
      </Heading>
      <ul className="plain-list" id={listId}>
        {shown.map((item) => (
          <li key={item.key} className="flag-row">
            <span>{item.text}</span>
            <ActionButton variant="quiet" aria-label={item.label} onPress={item.onOpen}>
              {item.action}
            </ActionButton>
          </li>
        ))}
      </ul>
      {toggle}
    </section>
  );
}
