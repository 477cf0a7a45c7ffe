import type { Page } from '@playwright/test';
import type { PreviewServer } from '../../tools/preview/preview-server';
import { createLockedVault, expect, expectAccessible, passphraseField, PASSPHRASE, test as base } from './fixtures';
import { WRONG_PASSPHRASE } from '../support/passphrases';

/**
 * Main's clock is this test's, moved with the page's (page.clock): the wait main imposes and the
 * countdown the lock screen shows pass together, and no test sleeps.
 */
const test = base.extend<{ mainClock: { now: number } }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured first argument.
  mainClock: async ({}, use) => use({ now: Date.UTC(2026, 0, 5, 9) }),
  mainNow: async ({ mainClock }, use) => use(() => mainClock.now),
});

async function tryPassphrase(page: Page, passphrase: string): Promise<void> {
  await passphraseField(page).fill(passphrase);
  await passphraseField(page).press('Enter');
}

async function openLockScreen(page: Page, server: PreviewServer, mainClock: { now: number }): Promise<void> {
  await createLockedVault(server);
  // Paused: the page's time moves only when the test moves it, as main's does.
  await page.clock.install({ time: mainClock.now - 60_000 });
  await page.goto(server.url);
  await page.clock.pauseAt(mainClock.now);
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
}

test('after three wrong passphrases the lock screen counts down the wait, then lets the right one in', async ({ page, server, mainClock }) => {
  await openLockScreen(page, server, mainClock);
  const unlockButton = page.getByRole('button', { name: 'Unlock' });
  const wrong = page.getByText('That passphrase did not unlock the vault.');

  for (let i = 0; i < 2; i++) {
    await tryPassphrase(page, WRONG_PASSPHRASE);
    await expect(wrong).toBeVisible();
    await expect(unlockButton).toBeEnabled();
  }
  await tryPassphrase(page, WRONG_PASSPHRASE);
  await expect(page.getByText('Too many wrong tries in a row. You can try again in 1 s.', { exact: true }).first()).toBeVisible();
  await expect(unlockButton).toBeDisabled();

  // One more second, on both clocks: the button comes back, and a screen reader is told so once.
  await page.clock.runFor(1000);
  mainClock.now += 1000;
  await expect(unlockButton).toBeEnabled();
  await expect(page.getByRole('status').filter({ hasText: 'You can try again now.' })).toBeAttached();

  // The next wrong one doubles the wait; the screen counts it down second by second.
  await tryPassphrase(page, WRONG_PASSPHRASE);
  const countdown = page.locator('.lock-wait');
  await expect(countdown).toHaveText('Too many wrong tries in a row. You can try again in 2 s.');
  await expect(page.getByRole('status').filter({ hasText: 'Too many wrong tries in a row. You can try again in 2 s.' })).toBeAttached();
  await expect(unlockButton).toBeDisabled();
  await page.clock.runFor(1000);
  mainClock.now += 1000;
  await expect(countdown).toHaveText('Too many wrong tries in a row. You can try again in 1 s.');
  // The status said its sentence once; it does not follow the seconds.
  await expect(page.getByRole('status').filter({ hasText: 'You can try again in 2 s.' })).toBeAttached();
  await page.clock.runFor(1000);
  mainClock.now += 1000;
  await expect(countdown).toHaveCount(0);

  // Unlocking needs the page's timers running again.
  await page.clock.resume();
  await tryPassphrase(page, PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
});

test('a reload does not skip the wait: main refuses the next try and the screen shows how long', async ({ page, server, mainClock }) => {
  await openLockScreen(page, server, mainClock);
  // Ten wrong tries, waited out in main: the next one waits 128 s.
  for (let i = 0; i < 10; i++) {
    const answer = await server.core.dispatch('vault.unlock', { passphrase: WRONG_PASSPHRASE });
    expect(answer).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    if (i < 9) mainClock.now += answer.ok ? 0 : (answer.error.retryAfterSeconds ?? 0) * 1000;
  }
  await page.reload();

  // Even the right passphrase waits: main answers before deriving any key.
  await tryPassphrase(page, PASSPHRASE);
  await expect(page.locator('.lock-wait')).toHaveText('Too many wrong tries in a row. You can try again in 3 min.');
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  // The countdown says it all: no second sentence above the buttons.
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/guard-wait.png' });

  // The recovery code shares the count and the wait.
  await page.getByRole('button', { name: 'Forgot passphrase?' }).click();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeDisabled();
  await expect(page.locator('.lock-wait')).toHaveText('Too many wrong tries in a row. You can try again in 3 min.');
  // axe needs the page's timers; the wait is long enough that it runs well inside it.
  await page.clock.resume();
  await expectAccessible(page, 'lock screen during a wait');

  await page.clock.runFor(128_000);
  mainClock.now += 128_000;
  await expect(page.getByRole('button', { name: 'Continue' })).toBeEnabled();
  await page.getByRole('button', { name: 'Back to unlock' }).click();
  await tryPassphrase(page, PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
});
