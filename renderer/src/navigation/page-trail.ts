/**
 * How the therapist left a page: where it was scrolled to, and the small choices made on it (a long
 * list shown whole, the private notes shown, where a list scrolling in its own box was). Going
 * back to the page just left (a note's "← client", a follow-up's way back) finds it as it was, as
 * a browser's back button would; any other way onto a page starts it afresh, at the top.
 */
export class PageVisit {
  /** The page's own scroll position (the shell's main element scrolls, not the window). */
  scrollTop = 0;
  /** Choices made on the page, by a name unique on it. Never records' words: ids, flags, offsets. */
  readonly kept = new Map<string, unknown>();

  constructor(
    readonly address: string,
    /** True when this visit is a return to the page just left, whose state it carries. */
    readonly returning = false,
  ) {}

  /** A new visit to the same page, as this one left it. */
  returnTo(): PageVisit {
    const back = new PageVisit(this.address, true);
    back.scrollTop = this.scrollTop;
    for (const [name, value] of this.kept) back.kept.set(name, value);
    return back;
  }
}

/** The page on screen and the one left just before it: the only one a move can return to. */
export class PageTrail {
  private previous: PageVisit | null = null;
  private current: PageVisit | null = null;

  /** The visit to the page at `address`; a page shown without a move (the first one, a resumed session) starts afresh. */
  visit(address: string): PageVisit {
    if (this.current?.address !== address) this.current = new PageVisit(address);
    return this.current;
  }

  /** Leaving the page on screen, scrolled to `scrollTop`, for `address`: back to the page just left, or a fresh visit. */
  move(address: string, scrollTop: number): PageVisit {
    const leaving = this.current;
    if (leaving) leaving.scrollTop = scrollTop;
    if (leaving?.address === address) return leaving;
    const next = this.previous?.address === address ? this.previous.returnTo() : new PageVisit(address);
    this.previous = leaving;
    this.current = next;
    return next;
  }
}
