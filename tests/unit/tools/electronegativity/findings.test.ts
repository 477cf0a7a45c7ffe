import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AllowedFinding, compareWithAllowlist, entriesWithoutReason, type Finding } from '../../../../tools/electronegativity/findings';

const windowFinding: Finding = { check: 'SANDBOX_JS_CHECK', file: 'main/create-main-window.ts', code: 'new BrowserWindow(mainWindowOptions(options));' };
const allowed: AllowedFinding = { ...windowFinding, reason: 'It cannot follow the options into mainWindowOptions(), which sets sandbox: true.' };

describe('electronegativity findings against the allowlist', () => {
  it('passes when every finding is allowed and every entry is still reported', () => {
    expect(compareWithAllowlist([windowFinding], [allowed])).toEqual({ unexpected: [], stale: [] });
  });

  it('reports a new finding: another check, another file, or another line of code in an allowed file', () => {
    const others: Finding[] = [
      { ...windowFinding, check: 'NODE_INTEGRATION_JS_CHECK' },
      { ...windowFinding, file: 'main/other-window.ts' },
      { ...windowFinding, code: 'new BrowserWindow({ webPreferences: { sandbox: false } });' },
    ];
    expect(compareWithAllowlist([windowFinding, ...others], [allowed]).unexpected).toEqual(others);
  });

  it('reports an entry that is no longer found, so the list cannot excuse a later finding', () => {
    expect(compareWithAllowlist([], [allowed])).toEqual({ unexpected: [], stale: [allowed] });
  });

  it('reports an entry whose reason does not say why', () => {
    expect(entriesWithoutReason([allowed, { ...allowed, reason: 'false positive' }])).toEqual([{ ...allowed, reason: 'false positive' }]);
  });

  it('the checked-in allowlist explains every entry', () => {
    const allowlist = JSON.parse(readFileSync(new URL('../../../../tools/electronegativity/allowlist.json', import.meta.url), 'utf8')) as AllowedFinding[];
    expect(allowlist.length).toBeGreaterThan(0);
    expect(entriesWithoutReason(allowlist)).toEqual([]);
  });
});
