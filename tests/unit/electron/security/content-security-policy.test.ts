import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRendererFileHandler } from '../../../../electron/main/renderer-file-handler';

/** A header's directives by name, each with its source list (CSP 3, section 2.2: split on ';', then on whitespace). */
function parsePolicy(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // The first of two same-named directives wins; a later one is ignored by browsers, so a test must not see it either.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** What a browser applies for a fetch directive: its own list, or default-src's when it has none. */
function effectiveSources(policy: Map<string, string[]>, directive: string): string[] | undefined {
  return policy.get(directive) ?? policy.get('default-src');
}

const rendererDir = mkdtempSync(path.join(tmpdir(), 'kap-csp-'));
writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>KAP</title>');
afterAll(() => rmSync(rendererDir, { recursive: true, force: true }));

/** The header the app protocol sends with the renderer's page, as Electron hands it to Chromium. */
async function servedPolicy(): Promise<Map<string, string[]>> {
  const response = await createRendererFileHandler(rendererDir)(new Request('kap://app/'));
  const header = response.headers.get('content-security-policy');
  expect(header).not.toBeNull();
  return parsePolicy(header!);
}

describe('the Content-Security-Policy the app serves, parsed', () => {
  it('parses the way browsers do: first directive wins, names fold case, sources split on any whitespace', () => {
    const policy = parsePolicy("Script-Src  'self'\thttps:; script-src 'unsafe-inline';; img-src 'none' ");
    expect([...policy]).toEqual([
      ['script-src', ["'self'", 'https:']],
      ['img-src', ["'none'"]],
    ]);
    expect(effectiveSources(parsePolicy("default-src 'self'"), 'script-src')).toEqual(["'self'"]);
  });

  it("denies by default: default-src is 'none' or 'self'", async () => {
    const defaultSources = (await servedPolicy()).get('default-src');
    expect([["'none'"], ["'self'"]]).toContainEqual(defaultSources);
  });

  it("allows only the app's own origin in every directive: no inline, no eval, no remote host or scheme (data: for images only)", async () => {
    const policy = await servedPolicy();
    expect(policy.size).toBeGreaterThan(1);
    for (const [directive, sources] of policy) {
      const allowed = directive === 'img-src' ? ["'self'", "'none'", 'data:'] : ["'self'", "'none'"];
      expect(
        sources.filter((source) => !allowed.includes(source)),
        directive,
      ).toEqual([]);
    }
  });

  it('runs scripts from the app itself only, whatever directive they fall under', async () => {
    const policy = await servedPolicy();
    for (const directive of ['script-src', 'script-src-elem', 'script-src-attr', 'worker-src']) {
      expect([["'self'"], ["'none'"]], directive).toContainEqual(effectiveSources(policy, directive));
    }
  });

  it("shuts what default-src does not cover: frame-ancestors, base-uri, form-action 'none'; no plugins", async () => {
    const policy = await servedPolicy();
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(effectiveSources(policy, 'object-src')).toEqual(["'none'"]);
  });
});
