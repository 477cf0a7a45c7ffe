import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/**
 * Sent with every response of whatever serves the renderer (the app protocol in Electron, the
 * loopback preview server), refusals included, from this one list: the page the end-to-end tests
 * and the bench load is isolated exactly as the app's is.
 */
export const RENDERER_RESPONSE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  // Cross-origin isolation: no other origin's document shares the page's browsing context group,
  // nothing of another origin is embedded without its consent (nothing here needs any), and the
  // page's clock reads to 5 µs. Electron 41 and later may not grant `crossOriginIsolated` for
  // these headers (electron/electron#50242, open); the app relies on none of its capabilities.
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cross-origin-resource-policy': 'same-origin',
} as const;
