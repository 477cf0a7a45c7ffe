import { APP_SCHEME } from './app-origin';

export interface RequestPolicyOptions {
  /**
   * The DevTools front end loads from `devtools://`. Allowed only in unpackaged builds, where
   * DevTools exist at all; packaged builds have no DevTools and so no reason for the scheme.
   */
  allowDevtools: boolean;
}

/** The app makes no network requests: only its own scheme (and DevTools in development) may load. */
export function isAllowedRequestUrl(url: string, options: RequestPolicyOptions): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol } = new URL(url);
  return protocol === `${APP_SCHEME}:` || (options.allowDevtools && protocol === 'devtools:');
}
