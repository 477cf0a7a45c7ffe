import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';

/** Debian's Chromium: Playwright's own browser downloads are not reachable from the build machines. */
const CHROMIUM_PATH = '/usr/bin/chromium';

/** The end-to-end tests' window size, so layouts (and so rows in view) match. */
export const VIEWPORT = { width: 1280, height: 800 };

export async function withChromium<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}
