import { createContext, useContext, useState } from 'react';
import type { PageVisit } from './page-trail';

const PageVisitContext = createContext<PageVisit | null>(null);

export const PageVisitProvider = PageVisitContext.Provider;

/**
 * State kept with the page's visit under `name` (unique on the page): coming back to the page
 * finds it as it was left. Outside a page (a component shown on its own) it is plain state.
 */
export function useKeptOnPage<T>(name: string, initial: T): [T, (next: T) => void] {
  const visit = useContext(PageVisitContext);
  const [value, setValue] = useState<T>(() => (visit?.kept.has(name) ? (visit.kept.get(name) as T) : initial));
  const change = (next: T) => {
    setValue(next);
    visit?.kept.set(name, next);
  };
  return [value, change];
}

/**
 * Where the list named `list`, scrolling in a box of its own, was left on this page: the offset to
 * start at, and a function to call as it scrolls. Kept without re-rendering on every scroll.
 */
export function useListScroll(list: string): { initialOffset: number; remember: (offset: number) => void } {
  const visit = useContext(PageVisitContext);
  const name = `scroll of ${list}`;
  const [initialOffset] = useState(() => (visit?.kept.get(name) as number | undefined) ?? 0);
  return {
    initialOffset,
    remember: (offset) => {
      visit?.kept.set(name, offset);
    },
  };
}
