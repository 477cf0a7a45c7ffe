import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from '../../../../electron/main/app-protocol';
import { createRendererFileHandler, resolveRendererFile } from '../../../../electron/main/renderer-file-handler';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/security/content-security-policy';
import { createFakeElectron } from '../../../support/fake-electron';

/** A built renderer folder, plus files beside it that must never be served. */
function createFixture(): { root: string; rendererDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'kap-protocol-'));
  const rendererDir = path.join(root, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>KAP</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app-1234.js'), 'export {};');
  writeFileSync(path.join(rendererDir, 'assets', 'app-1234.css'), 'body{}');
  writeFileSync(path.join(rendererDir, 'assets', 'notes.unknown'), 'x');
  writeFileSync(path.join(root, 'secret.txt'), 'outside');
  mkdirSync(path.join(root, 'renderer-private'));
  writeFileSync(path.join(root, 'renderer-private', 'secret.txt'), 'outside');
  return { root, rendererDir };
}

const { root, rendererDir } = createFixture();
const serve = createRendererFileHandler(rendererDir);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string) => serve(new Request(url));

describe('renderer file handler', () => {
  it('serves index.html at the origin root with the CSP, nosniff and cross-origin isolation headers', async () => {
    const response = await get('kap://app/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>KAP</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // Cross-origin isolated, as the preview the end-to-end tests load.
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it.each([
    ['kap://app/index.html', 'text/html; charset=utf-8'],
    ['kap://app/assets/app-1234.js', 'text/javascript; charset=utf-8'],
    ['kap://app/assets/app-1234.css', 'text/css; charset=utf-8'],
    ['kap://app/assets/app-1234.js?v=1#top', 'text/javascript; charset=utf-8'],
  ])('serves %s as %s', async (url, contentType) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'kap://app/..%2fsecret.txt',
    'kap://app/%2e%2e%2fsecret.txt',
    'kap://app/assets/..%2f..%2fsecret.txt',
    'kap://app/..%2frenderer-private%2fsecret.txt',
    'kap://app/..%5csecret.txt',
    `kap://app/${encodeURIComponent(path.join(root, 'secret.txt'))}`,
    'kap://app/index.html%00.js',
    'kap://app/%E0%A4%A',
  ])('refuses %s with 404 (outside the renderer folder or malformed)', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['a missing file', 'kap://app/assets/missing.js'],
    ['a directory', 'kap://app/assets/'],
    ['a file type the renderer never emits', 'kap://app/assets/notes.unknown'],
    ['another host on the scheme', 'kap://evil/index.html'],
    ['another scheme', 'https://app/index.html'],
  ])('answers 404 for %s, still with the CSP header', async (_what, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 405 to anything but GET', async () => {
    const response = await serve(new Request('kap://app/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('resolveRendererFile', () => {
  it('maps app URLs to files inside the renderer folder and nothing else', () => {
    expect(resolveRendererFile(rendererDir, 'kap://app/')).toBe(path.join(rendererDir, 'index.html'));
    expect(resolveRendererFile(rendererDir, 'kap://app/assets/app-1234.js')).toBe(path.join(rendererDir, 'assets', 'app-1234.js'));
    expect(resolveRendererFile(rendererDir, 'kap://app/..%2fsecret.txt')).toBeNull();
    expect(resolveRendererFile(rendererDir, 'not a url')).toBeNull();
  });
});

describe('app scheme registration', () => {
  it('registers kap as standard, secure and fetch-capable, without bypassing CSP or enabling CORS', () => {
    const { electron } = createFakeElectron();
    registerAppSchemeAsPrivileged(electron.protocol);
    expect(electron.protocol.privilegedSchemes).toHaveLength(1);
    const [scheme] = electron.protocol.privilegedSchemes;
    expect(scheme?.scheme).toBe('kap');
    expect(scheme?.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(scheme?.privileges?.bypassCSP).not.toBe(true);
    expect(scheme?.privileges?.corsEnabled).not.toBe(true);
    expect(scheme?.privileges?.allowServiceWorkers).not.toBe(true);
  });

  it('serves the renderer folder on the kap scheme', async () => {
    const { electron } = createFakeElectron();
    registerAppProtocol(electron.protocol, rendererDir);
    const handler = electron.protocol.handlers.get('kap');
    expect(handler).toBeDefined();
    const response = await handler?.(new Request('kap://app/index.html'));
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
