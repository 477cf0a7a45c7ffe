import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import type { PreviewServer } from '../preview/preview-server';
import { VIEWPORT } from './chromium';
import { builtRendererDir } from './preview';
import { timerResolution } from './list-timing';

/*
 * Finding the notes UI the way a screen reader user would: the client list's "Open <name>"
 * buttons, the client page's list named "Notes" with an "Open <title>, <when>" button per note,
 * the note page's "Note text" textbox (the ProseMirror editor) and its "← <name>" way back.
 */

export const NOTES_LIST_NAME = 'Notes';
export const EDITOR_NAME = 'Note text';

export interface NotesPage {
  page: Page;
  context: BrowserContext;
  /** For the JSON: which browser, window and build, and how fine the page's clock is. */
  details: Record<string, unknown>;
}

/** A fresh context on the app, which opens on the client list because main is already unlocked. */
export async function openNotesApp(browser: Browser, server: PreviewServer): Promise<NotesPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(server.url);
  await clientsButton(page).waitFor();
  const details = {
    browser: `Chromium ${browser.version()} (headless)`,
    viewport: VIEWPORT,
    timerResolution: await timerResolution(page),
    renderer: builtRendererDir(),
  };
  return { page, context, details };
}

export function clientsButton(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' });
}

export function openClientButton(page: Page, clientName: string): Locator {
  return page.getByRole('button', { name: `Open ${clientName}`, exact: true });
}

export function notesList(page: Page): Locator {
  return page.getByRole('list', { name: NOTES_LIST_NAME, exact: true });
}

export function noteButton(page: Page, title: string): Locator {
  return notesList(page).getByRole('button', { name: new RegExp(`^Open ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `) });
}

export function editor(page: Page): Locator {
  return page.getByRole('textbox', { name: EDITOR_NAME, exact: true });
}

/** From the note page back to the client page, and its notes list. */
export async function backToClient(page: Page, clientName: string): Promise<void> {
  await page.getByRole('button', { name: `← ${clientName}`, exact: true }).click();
  await notesList(page).getByRole('listitem').first().waitFor();
}

/** From the client list to the client page with its notes listed. */
export async function openClient(page: Page, clientName: string): Promise<void> {
  await openClientButton(page, clientName).click();
  await notesList(page).getByRole('listitem').first().waitFor({ timeout: 60_000 });
}
