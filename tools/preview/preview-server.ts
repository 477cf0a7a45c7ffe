import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { type AppCore, createAppCore } from '../../electron/app-core';
import { createCoreClient } from '../../electron/core-client';
import { silentLogger, stderrLogger } from '../../electron/logger';
import { browserOnlyPlatform, oneFolderPlatform } from '../../electron/platform';
import { RENDERER_RESPONSE_HEADERS } from '../../electron/security/renderer-response-headers';
import type { RpcClient } from '../../shared/contract/rpc-client';
import { BRIDGE_SCRIPT } from './bridge-script';
import { readStaticFile } from './static-files';

export interface PreviewServerOptions {
  vaultDir: string;
  rendererDir?: string;
  port?: number;
  /** Log main-side errors (codes only) to stderr; tests keep it quiet. */
  verbose?: boolean;
  /** Stands in for the desktop's dialogs: the folder every "choose a folder" and "save as" answers. */
  filesDir?: string;
  /** Main's clock; the real one unless a script must record a past day as it happened. */
  now?: () => number;
}

export interface PreviewServer {
  /** Open this in a browser: it carries the session token. */
  url: string;
  origin: string;
  core: AppCore;
  /** The typed client over `core`, for seeding and settings a test or a measurement is not about. */
  client: RpcClient;
  /** The vault folder it serves, for tests that damage or inspect its files. */
  vaultDir: string;
  close: () => Promise<void>;
}

const HOST = '127.0.0.1';
const COOKIE = 'kap_preview';
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The real renderer in a local browser against a real vault folder through the real dispatch():
 * for machines where Electron cannot run, and for the end-to-end tests. Loopback only; a random
 * token in the URL becomes a same-site cookie; Host and Origin are checked against DNS rebinding
 * and cross-site requests. Development tool: never part of the packaged app.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const rendererDir = resolve(options.rendererDir ?? 'dist/renderer');
  const indexHtml = injectBridge(await readFile(resolve(rendererDir, 'index.html'), 'utf8'));
  const token = randomBytes(32).toString('hex');
  const core = createAppCore({
    vaultDir: options.vaultDir,
    now: options.now,
    logger: options.verbose ? stderrLogger : silentLogger,
    platform: options.filesDir ? oneFolderPlatform(options.filesDir) : browserOnlyPlatform,
  });
  const eventStreams = new Set<ServerResponse>();
  const stopEvents = core.onEvent((name, payload) => {
    const frame = `data: ${JSON.stringify({ name, payload })}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
  });

  let origin = '';
  const server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 500, 'text/plain; charset=utf-8', 'Internal error'));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    if (request.headers.host !== new URL(origin).host) return send(response, 421, 'text/plain; charset=utf-8', 'Wrong host');
    const authorised = hasToken(url.searchParams.get('token'), token) || hasToken(readCookie(request, COOKIE), token);
    if (!authorised) return send(response, 403, 'text/plain; charset=utf-8', 'Open the URL printed by npm run preview.');

    if (request.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      response.setHeader('set-cookie', `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      return send(response, 200, 'text/html; charset=utf-8', indexHtml);
    }
    if (request.method === 'GET' && url.pathname === '/__kap/bridge.js') {
      return send(response, 200, 'text/javascript; charset=utf-8', BRIDGE_SCRIPT);
    }
    if (request.method === 'GET' && url.pathname === '/__kap/events') {
      response.writeHead(200, { ...RENDERER_RESPONSE_HEADERS, 'content-type': 'text/event-stream' });
      response.write(': connected\n\n');
      eventStreams.add(response);
      request.on('close', () => eventStreams.delete(response));
      return;
    }
    if (request.method === 'POST' && url.pathname === '/__kap/rpc') {
      if (request.headers.origin !== origin) return send(response, 403, 'text/plain; charset=utf-8', 'Cross-origin request refused');
      const body = await readJsonBody(request);
      const call = body as { method?: unknown; input?: unknown } | undefined;
      const result = call ? await core.dispatch(call.method, call.input) : { ok: false, error: { code: 'INVALID', message: 'The request was not JSON.' } };
      return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
    }
    if (request.method === 'GET') {
      const file = await readStaticFile(rendererDir, url.pathname);
      if (file) return send(response, 200, file.contentType, file.body);
    }
    return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  }

  await new Promise<void>((resolveListen) => server.listen(options.port ?? 0, HOST, resolveListen));
  const { port } = server.address() as AddressInfo;
  origin = `http://${HOST}:${port}`;

  return {
    vaultDir: options.vaultDir,
    url: `${origin}/?token=${token}`,
    origin,
    core,
    client: createCoreClient(core),
    async close() {
      stopEvents();
      await core.close();
      for (const stream of eventStreams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    },
  };
}

function injectBridge(html: string): string {
  const tag = '<script src="/__kap/bridge.js"></script>';
  const firstScript = html.indexOf('<script');
  if (firstScript === -1) return html.replace('</head>', `${tag}</head>`);
  return html.slice(0, firstScript) + tag + html.slice(firstScript);
}

function hasToken(candidate: string | null | undefined, token: string): boolean {
  if (!candidate || candidate.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(candidate), Buffer.from(token));
}

function readCookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  response.writeHead(status, { ...RENDERER_RESPONSE_HEADERS, 'content-type': contentType });
  response.end(body);
}
