/**
 * The control a page was left by (a note's row, a client's row, "Prepare the follow-up"), so that
 * coming back puts focus on it again, as a browser's back button does: a keyboard user goes on to
 * the next note from there, not from the top of the page. The control itself is gone with the
 * page, so it is found again by what it is: its element, role and a hash of its accessible name
 * (never the name itself, which may hold a record's words), and its place among the page's
 * controls that share all three.
 */
export interface LeftBy {
  fingerprint: number;
  ordinal: number;
}

const CONTROLS = 'a[href], button, input, select, textarea, [role="button"], [role="link"], [tabindex]';

/** FNV-1a over the string's UTF-16 code units: a 32-bit hash, enough to tell a page's controls apart. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function fingerprintOf(control: Element): number {
  const name = control.getAttribute('aria-label') ?? control.textContent ?? '';
  return hashText(`${control.localName}\u0000${control.getAttribute('role') ?? ''}\u0000${name.trim()}`);
}

function controlsLike(scope: HTMLElement, fingerprint: number): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(CONTROLS)].filter((control) => fingerprintOf(control) === fingerprint);
}

/** The focused control inside `scope`, described so that it can be found again after the page remounts. */
export function describeLeftBy(scope: HTMLElement, focused: Element | null): LeftBy | null {
  if (!(focused instanceof HTMLElement) || !scope.contains(focused) || !focused.matches(CONTROLS)) return null;
  const fingerprint = fingerprintOf(focused);
  return { fingerprint, ordinal: Math.max(0, controlsLike(scope, fingerprint).indexOf(focused)) };
}

/** The control `leftBy` describes, inside `scope`, once the page shows it again; null until then. */
export function findLeftBy(scope: HTMLElement, leftBy: LeftBy): HTMLElement | null {
  return controlsLike(scope, leftBy.fingerprint)[leftBy.ordinal] ?? null;
}
