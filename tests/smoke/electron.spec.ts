import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { findElectronBinary } from './electron-binary';

const electronBinary = findElectronBinary();
const mainBundle = fileURLToPath(new URL('../../dist/electron/main.cjs', import.meta.url));

const SKIP_REASON = 'Electron binary not installed on this machine: smoke suite skipped';

// The list reporter shows skipped tests without their reason; say it once, plainly.
if (electronBinary === null) console.warn(SKIP_REASON);
test.skip(electronBinary === null, SKIP_REASON);

test.describe.serial('Electron shell', () => {
  let app: ElectronApplication;
  let page: Page;
  let vaultDir: string;

  test.beforeAll(async () => {
    expect(existsSync(mainBundle), 'dist/electron/main.cjs is missing: run `npm run build` first').toBe(true);
    vaultDir = mkdtempSync(path.join(tmpdir(), 'kap-smoke-vault-'));
    app = await _electron.launch({
      executablePath: electronBinary ?? undefined,
      args: [mainBundle],
      env: { ...process.env, KAP_VAULT_DIR: vaultDir },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (vaultDir) rmSync(vaultDir, { recursive: true, force: true });
  });

  test('opens the window on the kap://app origin', async () => {
    expect(new URL(page.url()).protocol).toBe('kap:');
    expect(await page.evaluate(() => location.origin)).toBe('kap://app');
  });

  test('shows the create-vault screen for an empty vault folder', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Create your vault' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create vault' })).toBeVisible();
  });

  test('gives the page window.kap with exactly invoke and on', async () => {
    const bridge = await page.evaluate(() => {
      const kap = (window as unknown as { kap?: Record<string, unknown> }).kap;
      return kap
        ? Object.keys(kap)
            .map((key) => `${key}:${typeof kap[key]}`)
            .sort()
        : null;
    });
    expect(bridge).toEqual(['invoke:function', 'on:function']);
  });

  test('gives the page no Node: require, process and module are undefined', async () => {
    const nodeGlobals = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return [typeof scope.require, typeof scope.process, typeof scope.module, typeof scope.Buffer];
    });
    expect(nodeGlobals).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });
});
