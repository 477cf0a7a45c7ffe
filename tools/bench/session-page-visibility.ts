import type { Page } from '@playwright/test';

const SETTLE_TIMEOUT_MS = 5000;

/**
 * Hides `page` as a minimised window is hidden: another tab is brought in front of it in the same
 * window, and Chromium marks the page hidden and throttles it. Only works for pages that
 * Playwright does not focus-emulate (see session-hideable-chromium.ts); checks that
 * document.visibilityState really changed. Returns how to show the page again.
 */
export async function hidePage(page: Page): Promise<() => Promise<void>> {
  const cover = await page.context().newPage();
  await expectVisibility(page, 'hidden');
  return async () => {
    await page.bringToFront();
    await expectVisibility(page, 'visible');
    await cover.close();
  };
}

async function expectVisibility(page: Page, state: DocumentVisibilityState): Promise<void> {
  try {
    // Polled by timer, not by animation frame: a hidden page gets no frames.
    await page.waitForFunction((wanted) => document.visibilityState === wanted, state, { polling: 50, timeout: SETTLE_TIMEOUT_MS });
  } catch {
    throw new Error(`The page did not become ${state} (document.visibilityState is ${await page.evaluate(() => document.visibilityState)})`);
  }
}
