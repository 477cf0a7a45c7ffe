import type { Page } from '@playwright/test';
import type { PreviewServer } from '../../tools/preview/preview-server';
import { expect, seedClient, uniqueName } from './fixtures';
import { dispatch, openClient } from './session-steps';

export interface SeededClient {
  id: string;
  name: string;
}

/** A client with one homework of their own; the page is on the clients list. */
export async function seedClientWithHomework(server: PreviewServer, homeworkTitle: string): Promise<SeededClient & { homeworkId: string }> {
  const name = uniqueName('Maya');
  const client = await seedClient(server, { displayName: name });
  const homework = await dispatch(server, 'homework.create', { clientId: client.id, title: homeworkTitle, fields: { type: 'thought-record', rows: [] } });
  return { id: client.id, name, homeworkId: homework.id };
}

/** From the clients list: the client's page, New note, a kind, Create; answers the editor. */
export async function writeNewNote(page: Page, clientName: string, kind: 'Integration note' | 'General note' = 'Integration note') {
  await page.getByRole('searchbox', { name: 'Find a client' }).fill(clientName);
  await openClient(page, clientName);
  await page.getByRole('button', { name: 'New note' }).click();
  const dialog = page.getByRole('dialog', { name: `New note for ${clientName}` });
  await dialog.getByRole('radio', { name: new RegExp(`^${kind}`) }).check({ force: true });
  await dialog.getByRole('button', { name: 'Create note' }).click();
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await expect(editor).toBeVisible();
  return editor;
}

/** Waits for the save indicator to say the last change is committed. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible();
}

/** The note as main holds it. */
export function storedNote(server: PreviewServer, id: string) {
  return dispatch(server, 'notes.get', { id });
}

/** The note page's id, from main's list for the client (the newest note). */
export async function newestNoteId(server: PreviewServer, clientId: string): Promise<string> {
  const { notes } = await dispatch(server, 'notes.listForClient', { clientId });
  if (!notes[0]) throw new Error('The client has no notes.');
  return notes[0].id;
}
