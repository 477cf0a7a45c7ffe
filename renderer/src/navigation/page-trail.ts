import type { LeftBy } from './left-by';

/** Where a page is reached from: its address, and how far it sits below the top bar (a client 1, its note 2). */
export interface PagePlace {
  address: string;
  depth: number;
}

/**
 * How the therapist left a page: where it was scrolled to, the small choices made on it (a long
 * list shown whole, the private notes shown, where a list scrolling in its own box was) and the
 * control it was left by. Going back to the page just left (a note's "← client", a follow-up's way
 * back) finds it as it was, as a browser's back button would; any other way onto a page starts it
 * afresh, at the top.
 */
export class PageVisit {
  /** The page's own scroll position (the shell's main element scrolls, not the window). */
  scrollTop = 0;
  /** Choices made on the page, by a name unique on it. Never records' words: ids, flags, offsets. */
  readonly kept = new Map<string, unknown>();
  /** The control that had focus as the page was left (the row that opened a note), if any. */
  leftBy: LeftBy | null = null;
  /**
   * On a return back up (from a note to its client, from a client to the list), the control to
   * give focus back to: the one the page was left by. A return down again (the same note opened
   * from its row once more) is an opening, and focus goes to the title as on any arrival.
   */
  focusReturnsTo: LeftBy | null = null;

  constructor(
    readonly place: PagePlace,
    /** True when this visit is a return to the page just left, whose state it carries. */
    readonly returning = false,
  ) {}

  get address(): string {
    return this.place.address;
  }

  /** A new visit to the same page, as this one left it, from the page at `depth`. */
  returnTo(fromDepth: number): PageVisit {
    const back = new PageVisit(this.place, true);
    back.scrollTop = this.scrollTop;
    back.focusReturnsTo = fromDepth > this.place.depth ? this.leftBy : null;
    for (const [name, value] of this.kept) back.kept.set(name, value);
    return back;
  }
}

/** The page on screen and the one left just before it: the only one a move can return to. */
export class PageTrail {
  private previous: PageVisit | null = null;
  private current: PageVisit | null = null;

  /** The visit to the page at `place`; a page shown without a move (the first one, a resumed session) starts afresh. */
  visit(place: PagePlace): PageVisit {
    if (this.current?.address !== place.address) this.current = new PageVisit(place);
    return this.current;
  }

  /**
   * Leaving the page on screen, scrolled to `scrollTop` with focus on `leftBy`, for `place`:
   * back to the page just left, or a fresh visit.
   */
  move(place: PagePlace, scrollTop: number, leftBy: LeftBy | null = null): PageVisit {
    const leaving = this.current;
    if (leaving) {
      leaving.scrollTop = scrollTop;
      leaving.leftBy = leftBy;
    }
    if (leaving?.address === place.address) return leaving;
    const next = this.previous?.address === place.address ? this.previous.returnTo(leaving?.place.depth ?? 0) : new PageVisit(place);
    this.previous = leaving;
    this.current = next;
    return next;
  }
}
