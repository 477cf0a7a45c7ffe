import type { ReactNode } from 'react';
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

/** One kind of work due, each item with the button that opens where it is done. Nothing when it is empty. */
export function TodayGroup({ id, title, items }: { id: string; title: string; items: readonly TodayItem[] }) {
  if (items.length === 0) return null;
  return (
    <section className="today-group" aria-labelledby={`today-${id}`}>
      <Heading level={3} id={`today-${id}`} className="today-group-title">
        {title}
      </Heading>
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item.key} className="flag-row">
            <span>{item.text}</span>
            <ActionButton variant="quiet" aria-label={item.label} onPress={item.onOpen}>
              {item.action}
            </ActionButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
