import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useRef, useState, type FocusEvent } from 'react';
import type { Client } from '../../../../shared/contract';
import { ClientRow } from './ClientRow';

/** Fixed height keeps a thousand rows cheap: no measuring, positions are index * height. */
const ROW_HEIGHT = 76;

interface ClientListProps {
  clients: Client[];
  label: string;
  onOpen(client: Client): void;
  onEdit(client: Client): void;
  onArchive(client: Client): void;
  onRestore(client: Client): void;
}

function rowIndexOf(element: EventTarget | null): number | null {
  const row = element instanceof HTMLElement ? element.closest<HTMLElement>('[data-index]') : null;
  return row ? Number(row.dataset.index) : null;
}

/**
 * Only the rows in view (plus a few either side) are in the DOM; aria-setsize/posinset still give
 * the full count. The focused row is always kept rendered, so scrolling away never drops focus.
 */
export function ClientList({ clients, label, onOpen, onEdit, onArchive, onRestore }: ClientListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex === null || focusedIndex >= range.count || indexes.includes(focusedIndex)) return indexes;
      return [...indexes, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );

  // This app does not use the React Compiler, so the virtualizer's unmemoisable functions are fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: clients.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => clients[index]?.id ?? index,
    overscan: 6,
    rangeExtractor,
  });

  const onBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocusedIndex(null);
  };

  return (
    <div ref={scrollRef} className="client-list-scroll" onFocus={(event) => setFocusedIndex(rowIndexOf(event.target))} onBlur={onBlur}>
      <div role="list" aria-label={label} className="client-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const client = clients[item.index];
          if (!client) return null;
          return (
            <ClientRow
              key={item.key}
              client={client}
              index={item.index}
              setSize={clients.length}
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              onOpen={onOpen}
              onEdit={onEdit}
              onArchive={onArchive}
              onRestore={onRestore}
            />
          );
        })}
      </div>
    </div>
  );
}
