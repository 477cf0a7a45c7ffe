import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RENDERER_RESPONSE_HEADERS } from '../security/renderer-response-headers';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { contentTypeFor } from './renderer-content-types';

function refusal(status: 404 | 405): Response {
  return new Response(null, { status, headers: RENDERER_RESPONSE_HEADERS });
}

/**
 * The file in `rendererDir` that an app URL names, or null if the URL is not on the app
 * origin, is malformed, or resolves anywhere outside `rendererDir` (encoded `..`, drive
 * letters, NUL bytes).
 */
export function resolveRendererFile(rendererDir: string, requestUrl: string): string | null {
  if (!URL.canParse(requestUrl)) return null;
  const url = new URL(requestUrl);
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, pathname === '/' || pathname === '' ? 'index.html' : `.${pathname}`);
  const inside = path.relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return null;
  return file;
}

/** Serves the built renderer for `protocol.handle`: files inside `rendererDir` only, GET only. */
export function createRendererFileHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return refusal(405);
    const file = resolveRendererFile(rendererDir, request.url);
    const contentType = file === null ? null : contentTypeFor(path.extname(file));
    if (file === null || contentType === null) return refusal(404);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return refusal(404);
    }
    return new Response(new Uint8Array(body), { status: 200, headers: { ...RENDERER_RESPONSE_HEADERS, 'content-type': contentType } });
  };
}
