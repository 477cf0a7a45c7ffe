import { APP_SCHEME } from './app-origin';
import type { ProtocolApi } from './electron-api';
import { createRendererFileHandler } from './renderer-file-handler';

/**
 * Must run before `app` is ready. `standard` gives the scheme real origins and relative URL
 * resolution, `secure` makes it a secure context, `supportFetchAPI` lets the page load its
 * module scripts, `codeCache` keeps V8's compiled code for a faster cold start. Deliberately not `bypassCSP` (the CSP header must apply) and not
 * `corsEnabled` (that would make the app's files readable from other origins).
 */
export function registerAppSchemeAsPrivileged(protocol: ProtocolApi): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

/** Serves `rendererDir` on the app scheme (after `app` is ready). */
export function registerAppProtocol(protocol: ProtocolApi, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createRendererFileHandler(rendererDir));
}
