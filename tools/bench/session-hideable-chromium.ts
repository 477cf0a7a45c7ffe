import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { withTempDir } from './temp-dir';

/** Debian's Chromium, as in chromium.ts. */
const CHROMIUM_PATH = '/usr/bin/chromium';
const START_TIMEOUT_MS = 30_000;

/**
 * Headless Chromium whose pages can really be hidden and then throttled, as Electron's window is
 * when minimised (its backgroundThrottling is on by default). Playwright's own launch cannot do
 * this: it passes --disable-background-timer-throttling, --disable-renderer-backgrounding and
 * --disable-backgrounding-occluded-windows, and its focus emulation keeps every page 'visible'
 * whichever tab is in front. So Chromium is started here without those switches and attached to
 * with `noDefaults`, which leaves the default context's pages unemulated. `work` gets that context.
 */
export function withHideableChromium<T>(work: (context: BrowserContext, browser: Browser) => Promise<T>): Promise<T> {
  return withTempDir(async (dir) => {
    const child = spawn(
      CHROMIUM_PATH,
      [...CHROMIUM_ARGS, '--headless', '--remote-debugging-port=0', `--user-data-dir=${join(dir, 'profile')}`, 'about:blank'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    try {
      const browser = await chromium.connectOverCDP(await devToolsEndpoint(child), { noDefaults: true, isLocal: true });
      try {
        const context = browser.contexts()[0];
        if (!context) throw new Error('Chromium started without a default context');
        return await work(context, browser);
      } finally {
        await browser.close();
      }
    } finally {
      await stop(child);
    }
  });
}

/** Chromium prints "DevTools listening on ws://…" on stderr once it accepts connections. */
function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    const stderr = child.stderr!;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const endpoint = /DevTools listening on (ws:\/\/\S+)/.exec(output)?.[1];
      if (!endpoint) return;
      clearTimeout(timer);
      // Stop collecting, but keep draining stderr so a chatty browser never blocks on a full pipe.
      stderr.off('data', onData);
      stderr.resume();
      resolve(endpoint);
    };
    stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before accepting connections: ${output.trim().split('\n').at(-1) ?? ''}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill();
  await exited;
}
