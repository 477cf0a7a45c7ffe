/**
 * The renderer's Content Security Policy, sent as a response header by whatever serves the
 * renderer (the app protocol in Electron, the loopback preview server). No inline script, no
 * eval, no remote origin: everything comes from the serving origin itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "media-src 'none'",
].join('; ');
