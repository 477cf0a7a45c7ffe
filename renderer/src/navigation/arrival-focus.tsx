import { createContext, useContext, useLayoutEffect, type RefObject } from 'react';

/** Nothing has focus: the body, or what had it left with the page it was on. */
function focusIsNowhere(focused: Element | null): boolean {
  return focused === null || focused === document.body;
}

/**
 * Moving to another page moves the reading position to its title, as a page load would. Many pages
 * show their title only once their record is read, a frame or more after the move (a note, a
 * client), so the move leaves a request that the page's title claims as it mounts, instead of
 * looking for a title one frame later and finding none.
 */
export class ArrivalFocus {
  /** What had focus when the move was asked for; undefined: no move waiting for its title. */
  private focusedAtMove: Element | null | undefined;
  /** The title this arrival focused: a return may move focus on from it to the control the page was left by. */
  private focusedTitle: HTMLElement | null = null;

  /** A move to another page: its title, when it mounts, takes focus. Replaces a request not yet claimed. */
  request(): void {
    this.focusedAtMove = document.activeElement;
    this.focusedTitle = null;
  }

  /**
   * A page title mounted. It takes focus if a move is waiting and focus has not gone anywhere since:
   * still on what was pressed, or on the body because what was pressed left with the old page. A
   * therapist who has already moved on (Tab into the top bar while the note is read) keeps their place.
   */
  claim(): boolean {
    const focusedAtMove = this.focusedAtMove;
    if (focusedAtMove === undefined) return false;
    this.focusedAtMove = undefined;
    const focused = document.activeElement;
    return focusIsNowhere(focused) || focused === focusedAtMove;
  }

  /** Focuses the page's title, after a successful claim. The page's scroll position is the shell's, not focus's. */
  focusTitle(title: HTMLElement): void {
    this.focusedTitle = title;
    title.focus({ preventScroll: true });
  }

  /** Whether focus is still where the arrival left it: nowhere, or on the title it focused. */
  stillHolds(focused: Element | null): boolean {
    return focusIsNowhere(focused) || focused === this.focusedTitle;
  }
}

const ArrivalFocusContext = createContext<ArrivalFocus | null>(null);

export const ArrivalFocusProvider = ArrivalFocusContext.Provider;

/** Focuses `title` as it mounts, if a move to this page is waiting for it. */
export function useArrivalFocus(title: RefObject<HTMLElement | null>): void {
  const arrival = useContext(ArrivalFocusContext);
  useLayoutEffect(() => {
    if (arrival?.claim() && title.current) arrival.focusTitle(title.current);
  }, [arrival, title]);
}
