import AxeBuilder from '@axe-core/playwright';
import { test as base, expect as baseExpect, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client, MethodInput } from '../../shared/contract/index';
import { startPreviewServer, type PreviewServer } from '../../tools/preview/preview-server';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE } from '../support/passphrases';

/** The tests' own two (zxcvbn's top score, "Strong"), so tests can change from one to the other. */
export const PASSPHRASE = STRONG_PASSPHRASE;
export const OTHER_PASSPHRASE = OTHER_STRONG_PASSPHRASE;

interface Fixtures {
  /** The real renderer bundle and dispatch(), on a fresh vault folder of its own. */
  server: PreviewServer;
  /** Where the stand-in for the desktop's dialogs puts backups and exports. */
  filesDir: string;
  /** Main's clock: the real one unless a test moves main's time with the page's (page.clock). */
  mainNow: (() => number) | undefined;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured first argument.
  mainNow: async ({}, use) => use(undefined),
  server: async ({ filesDir, mainNow }, use) => {
    const vaultDir = mkdtempSync(join(tmpdir(), 'kap-e2e-'));
    // KAP_RENDERER_DIR lets parallel work test its own build without touching dist/renderer.
    const server = await startPreviewServer({ vaultDir, filesDir, rendererDir: process.env.KAP_RENDERER_DIR, now: mainNow });
    try {
      await use(server);
    } finally {
      await server.close();
      rmSync(vaultDir, { recursive: true, force: true });
    }
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured first argument.
  filesDir: async ({}, use) => {
    const filesDir = mkdtempSync(join(tmpdir(), 'kap-e2e-files-'));
    try {
      await use(filesDir);
    } finally {
      rmSync(filesDir, { recursive: true, force: true });
    }
  },
});

/** Key derivation (Argon2id, 64 MiB) and the strength estimator's first load are slow on a busy machine. */
export const expect = baseExpect.configure({ timeout: 15_000 });

/** Fails on any axe violation a therapist using assistive technology would hit hard. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // react-aria marks elements that are still animating in or out; axe must judge the colours at rest.
  await expect(page.locator('[data-entering], [data-exiting]'), `the ${screen} screen to settle`).toHaveCount(0);
  // Nor mid-transition: a colour still moving from one theme to the other is judged half-way. An
  // animation that follows a scroll (Today's fade) never ends, and moves only when scrolled.
  await expect
    .poll(
      () =>
        page.evaluate(
          () => document.getAnimations().filter((animation) => animation.playState === 'running' && animation.timeline instanceof DocumentTimeline).length,
        ),
      {
        message: `the ${screen} screen's animations and transitions to end`,
      },
    )
    .toBe(0);
  // Virtualised rows start at estimated positions and move once measured; until then a tall row
  // (a vitals entry with alerts) can lie under the next one, and axe would judge its text against it.
  await expect.poll(() => page.evaluate(countOverlappingVirtualRows), { message: `the ${screen} screen's list rows to be measured` }).toBe(0);
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(
    blocking.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`),
    `accessibility problems on the ${screen} screen`,
  ).toEqual([]);
}

/** Rows of a virtualised list (they carry data-index) whose box overlaps the next row's. Runs in the page. */
function countOverlappingVirtualRows(): number {
  let overlapping = 0;
  const lists = new Set([...document.querySelectorAll('[data-index]')].map((row) => row.parentElement));
  for (const list of lists) {
    const boxes = [...(list?.children ?? [])]
      .filter((row) => row.hasAttribute('data-index'))
      .map((row) => row.getBoundingClientRect())
      .sort((a, b) => a.top - b.top);
    for (let index = 1; index < boxes.length; index++) if (boxes[index]!.top < boxes[index - 1]!.bottom - 1) overlapping += 1;
  }
  return overlapping;
}

/** The code as shown on screen, group by group ("ABCD-EFGH-..."). */
export async function readRecoveryCode(page: Page): Promise<string> {
  const code = page.getByRole('list', { name: 'Recovery code' });
  await expect(code).toBeVisible();
  const groups = await code.getByRole('listitem').allInnerTexts();
  return groups.map((text) => text.trim().split(/\s+/).at(-1)).join('-');
}

/** The confirm step's field, whose name says which group it wants ("Group 3 of your recovery code"). */
export async function askedGroupField(page: Page): Promise<{ field: Locator; index: number }> {
  await expect(page.getByRole('textbox', { name: /^Group \d of your recovery code$/ })).toBeVisible();
  for (let index = 1; index <= 7; index++) {
    const field = page.getByRole('textbox', { name: `Group ${index} of your recovery code`, exact: true });
    if ((await field.count()) === 1) return { field, index };
  }
  throw new Error('No group field found.');
}

export function group(recoveryCode: string, index: number): string {
  const found = recoveryCode.split('-')[index - 1];
  if (!found) throw new Error(`The recovery code has no group ${index}.`);
  return found;
}

/** Makes a vault through dispatch() and leaves it locked: for tests that are not about creating one. */
export async function createLockedVault(server: PreviewServer, passphrase = PASSPHRASE): Promise<string> {
  const { recoveryCode, confirmGroup } = await server.client.call('vault.create', { passphrase });
  await server.client.call('vault.confirmCreate', { group: group(recoveryCode, confirmGroup) });
  server.core.lock('quit');
  return recoveryCode;
}

/** Seeds records through the real dispatcher; the vault must be unlocked. */
export function seedClient(server: PreviewServer, draft: MethodInput<'clients.create'>): Promise<Client> {
  return server.client.call('clients.create', draft);
}

/** Password inputs have no ARIA role, so they are found by their label (their accessible name). */
export function passphraseField(scope: Page | Locator, label = 'Passphrase') {
  return scope.getByLabel(label, { exact: true });
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await passphraseField(page).fill(passphrase);
  // Enter, not a click: after a refused attempt, typing removes the error and the button moves up.
  await passphraseField(page).press('Enter');
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
}

/** A name no other test uses, so a search for part of it finds exactly one client. */
export function uniqueName(first: string): string {
  return `${first} Okonkwo-${Math.random().toString(36).slice(2, 7)}`;
}

/** Opens the vault in main before the page loads, so the page starts on the client list. */
export async function unlockInMain(server: PreviewServer, passphrase = PASSPHRASE): Promise<void> {
  await server.client.call('vault.unlock', { passphrase });
}
