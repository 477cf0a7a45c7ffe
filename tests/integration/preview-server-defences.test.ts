import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRendererFileHandler } from '../../electron/main/renderer-file-handler';
import { type PreviewServer, startPreviewServer } from '../../tools/preview/preview-server';
import { makeTempDir, removeDir } from '../support/temp-vault';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request to the server's socket, so that Host and Origin are whatever the test says (fetch would set them). */
function send(server: PreviewServer, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { hostname, port, path, method: options.method ?? 'GET', headers: { host: `${hostname}:${port}`, ...options.headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    // The server may answer and close before an oversized body is fully sent.
    outgoing.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    outgoing.end(options.body);
  });
}

const folder = makeTempDir('kap-preview-defences-');
const rendererDir = join(folder, 'renderer');
const vaultDir = join(folder, 'vault');
let server: PreviewServer;
let token: string;
let cookie: string;

beforeAll(async () => {
  mkdirSync(rendererDir);
  mkdirSync(vaultDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>KAP</title></head><body></body></html>');
  server = await startPreviewServer({ vaultDir, rendererDir });
  token = new URL(server.url).searchParams.get('token')!;
  cookie = `kap_preview=${token}`;
});

afterAll(async () => {
  await server.close();
  removeDir(folder);
});

/** An RPC call as the page makes it: the session cookie, the server's own Origin, JSON. */
function rpc(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  return send(server, '/__kap/rpc', { method: 'POST', body, headers: { cookie, origin: server.origin, 'content-type': 'application/json', ...headers } });
}

const STATUS_CALL = JSON.stringify({ method: 'vault.status', input: {} });

describe("the preview server's defences", () => {
  it('serves the page with the token and sets it as a strict, HTTP-only cookie, under the same CSP as the app', async () => {
    const answer = await send(server, `/?token=${token}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<title>KAP</title>');
    expect(answer.headers['set-cookie']).toEqual([`kap_preview=${token}; HttpOnly; SameSite=Strict; Path=/`]);
    const app = await createRendererFileHandler(rendererDir)(new Request('kap://app/'));
    expect(answer.headers['content-security-policy']).toBe(app.headers.get('content-security-policy'));
  });

  it('answers a call made as the page makes it', async () => {
    const answer = await rpc(STATUS_CALL);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ ok: true, value: { state: 'absent' } });
  });

  it.each([
    ['no token', '/'],
    ['a wrong token of the right length', `/?token=${'0'.repeat(64)}`],
    ['a wrong token of another length', '/?token=abc'],
  ])('refuses the page with %s', async (_, path) => {
    expect((await send(server, path)).status).toBe(403);
  });

  it('refuses a call without the cookie, or with a wrong one', async () => {
    for (const headers of [{ cookie: '' }, { cookie: `kap_preview=${'f'.repeat(64)}` }]) {
      const answer = await rpc(STATUS_CALL, headers);
      expect(answer.status).toBe(403);
      expect(answer.body).not.toContain('state');
    }
  });

  it('refuses a foreign Host, as a DNS-rebinding page would send, even with the token', async () => {
    const { port } = new URL(server.origin);
    for (const host of ['evil.example', `evil.example:${port}`, `localhost:${port}`]) {
      const answer = await send(server, `/?token=${token}`, { headers: { host } });
      expect(answer.status, host).toBe(421);
      expect(answer.headers['set-cookie'], host).toBeUndefined();
    }
  });

  it('refuses a call from a foreign Origin, or with none, even with the cookie', async () => {
    for (const origin of ['http://evil.example', `http://localhost:${new URL(server.origin).port}`, 'null']) {
      const answer = await rpc(STATUS_CALL, { origin });
      expect(answer.status).toBe(403);
      expect(answer.body).not.toContain('state');
    }
    const withoutOrigin = await send(server, '/__kap/rpc', { method: 'POST', body: STATUS_CALL, headers: { cookie } });
    expect(withoutOrigin.status).toBe(403);
  });

  it('does not run a call whose body is over 1 MiB, though it is valid JSON', async () => {
    const padded = JSON.stringify({ method: 'vault.status', input: {}, padding: 'x'.repeat(1024 * 1024) });
    const answer = await rpc(padded);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    // Just under the limit the same call runs: the refusal is the size, not the padding.
    const underLimit = JSON.stringify({ method: 'vault.status', input: {}, padding: 'x'.repeat(1024 * 1024 - 100) });
    expect(JSON.parse((await rpc(underLimit)).body)).toEqual({ ok: true, value: { state: 'absent' } });
  });
});
