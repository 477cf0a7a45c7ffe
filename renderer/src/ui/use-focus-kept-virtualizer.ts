import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { type FocusEvent, useCallback, useRef, useState } from 'react';
import { useListScroll } from '../navigation/page-visit';

function rowIndexOf(element: EventTarget | null): number | null {
  const row = element instanceof HTMLElement ? element.closest<HTMLElement>('[data-index]') : null;
  return row ? Number(row.dataset.index) : null;
}

interface Options {
  count: number;
  estimateSize: (index: number) => number;
  getItemKey: (index: number) => string | number;
  overscan?: number;
  /** The list's name on its page: coming back to the page finds the list scrolled where it was left. */
  rememberAs: string;
}

/**
 * A virtualised list that never drops keyboard focus: only rows in view (plus a few either side)
 * are in the DOM, and the row holding focus is always kept rendered, so scrolling away from it
 * never loses the therapist's place. Rows carry `data-index`; spread `focusHandlers` on the
 * scrolling element.
 */
export function useFocusKeptVirtualizer({ count, estimateSize, getItemKey, overscan = 6, rememberAs }: Options) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { initialOffset, remember } = useListScroll(rememberAs);
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
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan,
    rangeExtractor,
    initialOffset,
    onChange: (instance) => remember(instance.scrollOffset ?? 0),
  });

  const focusHandlers = {
    onFocus: (event: FocusEvent) => setFocusedIndex(rowIndexOf(event.target)),
    onBlur: (event: FocusEvent) => {
      if (!event.currentTarget.contains(event.relatedTarget)) setFocusedIndex(null);
    },
  };

  return { scrollRef, virtualizer, focusHandlers };
}
