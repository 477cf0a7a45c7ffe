import type { Locator, Page } from '@playwright/test';

/** The unlock form's passphrase input, found the way a screen reader user would find it. */
export function passphraseField(page: Page): Locator {
  return page.getByLabel('Passphrase', { exact: true });
}

const POLL_MS = 5;

/** Resolves once the field is visible and enabled: the lock screen can be typed into. */
export async function waitUntilUsable(field: Locator, timeoutMs = 10_000): Promise<void> {
  await field.waitFor({ state: 'visible', timeout: timeoutMs });
  const deadline = performance.now() + timeoutMs;
  while (!(await field.isEnabled())) {
    if (performance.now() > deadline) throw new Error('The passphrase field stayed disabled');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
