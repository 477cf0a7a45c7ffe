import type { Locator, Page } from '@playwright/test';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/index';
import type { PreviewServer } from '../../tools/preview/preview-server';
import { createLockedVault, expect, seedClient, uniqueName, unlockInMain } from './fixtures';

export const MINUTE = 60_000;

/**
 * Where the page's fake clock starts: four hours behind the real one, because main stamps
 * entries with the page's time and refuses times in its future. Sessions here last under three.
 */
export function pageClockStart(): number {
  return Math.floor((Date.now() - 4 * 60 * MINUTE) / 1000) * 1000;
}

/**
 * The page's fake clock installed at `pageClockStart()` and a vault unlocked in main, with a
 * four-hour idle lock so a session that runs on the fake clock never locks mid-test. Answers where
 * the page's clock started.
 */
export async function openVaultForTheRoom(page: Page, server: PreviewServer): Promise<number> {
  const clockStart = pageClockStart();
  await page.clock.install({ time: clockStart });
  await createLockedVault(server);
  await unlockInMain(server);
  await dispatch(server, 'settings.update', { idleLockMinutes: 240 });
  return clockStart;
}

/**
 * Then a new client (`name`, with a unique surname) dosed `minutesAgo` before the page's clock,
 * and the app opened on that session's room, as it opens on a session in progress.
 */
export async function openDosedRoom(
  page: Page,
  server: PreviewServer,
  name: string,
  minutesAgo: number,
): Promise<{ sessionId: string; clockStart: number; dosedAt: number }> {
  const clockStart = await openVaultForTheRoom(page, server);
  const dosedAt = clockStart - minutesAgo * MINUTE;
  const sessionId = await seedDosedSession(server, dosedAt, { displayName: uniqueName(name), preferredName: name });
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return { sessionId, clockStart, dosedAt };
}

/** Calls a method in main and returns its value; for seeding and settings the test is not about. */
export function dispatch<M extends MethodName>(server: PreviewServer, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return server.client.call(method, input);
}

/**
 * Ticks a react-aria checkbox, radio or switch from the keyboard: its real input is visually
 * hidden (the drawn box takes the pointer), and Space on the focused control is what a
 * keyboard-first therapist presses.
 */
export async function tick(control: Locator): Promise<void> {
  await setTicked(control, true);
}

export async function untick(control: Locator): Promise<void> {
  await setTicked(control, false);
}

async function setTicked(control: Locator, ticked: boolean): Promise<void> {
  if ((await control.isChecked()) !== ticked) {
    await control.focus();
    await control.press('Space');
  }
  await expect(control).toBeChecked({ checked: ticked });
}

export async function openClient(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Open ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The client's page afresh: the list, then the client, so every section reads main again. */
export async function reopenClient(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: '← Clients' }).click();
  await openClient(page, name);
}

/** The room's big clock, as "mm:ss" or "h:mm:ss". */
export function roomClock(page: Page): Locator {
  return page.getByRole('timer', { name: 'Time since the dose' });
}

export async function fillVitals(scope: Locator, vitals: { systolic: number; diastolic: number; heartRate?: number; spo2?: number }): Promise<void> {
  await scope.getByRole('textbox', { name: 'Systolic (mmHg)' }).fill(String(vitals.systolic));
  await scope.getByRole('textbox', { name: 'Diastolic (mmHg)' }).fill(String(vitals.diastolic));
  if (vitals.heartRate !== undefined) await scope.getByRole('textbox', { name: 'Heart rate (bpm)' }).fill(String(vitals.heartRate));
  if (vitals.spo2 !== undefined) await scope.getByRole('textbox', { name: 'SpO2 (%)' }).fill(String(vitals.spo2));
}

/** The timeline row for an entry, found by its name ("Vitals at T+40:02"). */
export function timelineEntry(page: Page, name: RegExp): Locator {
  return page.getByRole('list', { name: 'Timeline, newest first' }).getByRole('article', { name });
}

/** An IM session for a new client, checked in and dosed at `dosedAt`, through main; answers its id. */
export async function seedDosedSession(server: PreviewServer, dosedAt: number, client: { displayName: string; preferredName: string }): Promise<string> {
  const { id: clientId } = await seedClient(server, client);
  return seedDose(server, clientId, dosedAt);
}

/** An IM session for an existing client, checked in and dosed at `dosedAt`, through main; answers its id. */
export async function seedDose(server: PreviewServer, clientId: string, dosedAt: number): Promise<string> {
  const { protocols } = await dispatch(server, 'protocols.list', {});
  const protocolId = protocols.find((protocol) => protocol.route === 'im')!.id;
  const { id } = await dispatch(server, 'sessions.plan', { clientId, protocolId, plannedDoseMg: 50 });
  await dispatch(server, 'sessions.checkIn', { id, vitals: { systolic: 122, diastolic: 78 }, readiness: {}, at: dosedAt - 10 * MINUTE });
  await dispatch(server, 'sessions.logEvent', { sessionId: id, entry: { kind: 'dose', amountMg: 50 }, at: dosedAt });
  return id;
}

/**
 * The first dose's time as main recorded it. Tests move the page's clock to fixed points after it
 * (setFixedTime keeps timers running), so no expected time depends on how long the test itself took
 * on a busy machine.
 */
export async function dosedAtInMain(server: PreviewServer): Promise<number> {
  const { session } = await dispatch(server, 'sessions.active', {});
  if (!session?.dosedAt) throw new Error('No dosed session in progress.');
  return session.dosedAt;
}
