import type { AppCore } from '../../electron/app-core';
import type { TimelineEntry } from '../../shared/session/timeline';
import { createCoreClient } from '../../electron/core-client';

const MINUTE = 60_000;

export interface SeededSession {
  id: string;
  /** T0 as main stored it. */
  dosedAt: number;
}

/**
 * Unlocks the vault in main (so the renderer opens straight on the running session) and gives
 * its first client an esketamine session, checked in ten minutes before the dose at `dosedAt`.
 * Main refuses times in its future, so `dosedAt` must be in the past.
 */
export async function seedDosedSession(core: AppCore, passphrase: string, dosedAt: number): Promise<SeededSession> {
  const { call } = createCoreClient(core);
  await call('vault.unlock', { passphrase });
  const [client] = (await call('clients.list', {})).clients;
  if (!client) throw new Error('The seeded vault has no client');
  const protocol = (await call('protocols.list', {})).protocols.find((candidate) => candidate.route === 'esketamine');
  if (!protocol) throw new Error('No esketamine protocol');
  const { id } = await call('sessions.plan', { clientId: client.id, protocolId: protocol.id, plannedDoseMg: 84 });
  await call('sessions.checkIn', { id, readiness: {}, at: dosedAt - 10 * MINUTE });
  const { session } = await call('sessions.logEvent', { sessionId: id, entry: { kind: 'dose', amountMg: 28, deviceNumber: 1 }, at: dosedAt });
  if (session.dosedAt === null) throw new Error('The dose did not start the session clock');
  return { id, dosedAt: session.dosedAt };
}

/** Logs `count` entries of the usual mix, `stepMs` apart from `firstAt` (all of them must be in the past). */
export async function logSampleEntries(core: AppCore, sessionId: string, count: number, firstAt: number, stepMs: number): Promise<void> {
  const { call } = createCoreClient(core);
  for (let index = 0; index < count; index++) {
    await call('sessions.logEvent', { sessionId, entry: sampleEntry(index), at: firstAt + index * stepMs });
  }
}

/** The mix a therapist logs during a session: vitals, observations, words for integration and sedation scores. */
export function sampleEntry(index: number): TimelineEntry {
  switch (index % 4) {
    case 0:
      return { kind: 'vitals', vitals: { systolic: 120 + (index % 30), diastolic: 80, heartRate: 72, spo2: 98 } };
    case 1:
      return { kind: 'observation', text: `Resting quietly, eyes closed; breathing even (${index}).` };
    case 2:
      return { kind: 'quote', text: `"It feels like the room is very far away" (${index})` };
    default:
      return { kind: 'sedation', moaas: 5 - (index % 3) };
  }
}
