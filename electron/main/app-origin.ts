/**
 * The renderer is served from its own privileged scheme, never file://: a standard scheme gives
 * the page a real origin (`kap://app`), so the CSP's 'self', the sender check and the
 * navigation guards all have one precise thing to compare against.
 */
export const APP_SCHEME = 'kap';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs on the app's own origin. Compares parsed parts, never string prefixes. */
export function isAppUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
