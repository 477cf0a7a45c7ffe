import { createAppCore } from '../../electron/app-core';
import { silentLogger } from '../../electron/logger';
import type { TimelineEntry } from '../../shared/session/timeline';
import { createCoreClient } from '../../electron/core-client';
import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { withSeededVault } from './seeded-vault';

const EVENTS = 500;
const WARM_UP_EVENTS = 20;
const CATCH_UP_ROUNDS = 30;

/** The mix a therapist logs during a session: mostly vitals and observations, some words and sedation scores. */
function entryNumber(index: number): TimelineEntry {
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

/**
 * sessions.logEvent through the real dispatch(): validation, the append-only insert, T0 kept in
 * step, the search entry marked stale when the entry has words, and the session read back, in one
 * transaction on the encrypted file with synchronous=FULL. Then the price of the mark: a search
 * after an observation, which first re-indexes the session from its timeline (decision 0061).
 */
export const logEventMeasurement: Measurement = {
  name: 'log-event',
  run: () =>
    withSeededVault(1, async ({ vaultDir, passphrase }): Promise<MetricResult[]> => {
      const core = createAppCore({ vaultDir, logger: silentLogger });
      const { call } = createCoreClient(core);
      try {
        await call('vault.unlock', { passphrase });
        const [client] = (await call('clients.list', {})).clients;
        const protocol = (await call('protocols.list', {})).protocols.find((candidate) => candidate.route === 'esketamine')!;
        const session = await call('sessions.plan', { clientId: client!.id, protocolId: protocol.id, plannedDoseMg: 84 });
        await call('sessions.checkIn', { id: session.id, readiness: {} });
        await call('sessions.logEvent', { sessionId: session.id, entry: { kind: 'dose', amountMg: 28, deviceNumber: 1 } });
        const samples: number[] = [];
        for (let index = 0; index < WARM_UP_EVENTS + EVENTS; index++) {
          const started = performance.now();
          await call('sessions.logEvent', { sessionId: session.id, entry: entryNumber(index) });
          if (index >= WARM_UP_EVENTS) samples.push(performance.now() - started);
        }
        // An entry with words leaves the session's search entry stale; the next search writes it from the whole timeline.
        const catchUps: number[] = [];
        for (let round = 0; round < CATCH_UP_ROUNDS; round++) {
          await call('sessions.logEvent', { sessionId: session.id, entry: { kind: 'observation', text: `Eyes open, talking softly (${round}).` } });
          const started = performance.now();
          await call('search.query', { query: 'softly', clientId: client!.id });
          catchUps.push(performance.now() - started);
        }
        return [
          timingResult(
            'log a session event (sessions.logEvent, encrypted, fsync)',
            'ms',
            samples,
            { judged: ['p95'], max: 2 },
            {
              events: EVENTS,
              warmUpEventsDiscarded: WARM_UP_EVENTS,
              timelineLengthAtEnd: WARM_UP_EVENTS + EVENTS + 1,
            },
          ),
          timingResult(
            "  the next search after an observation (search.query within the client; first writes the session's stale entry from its timeline)",
            'ms',
            catchUps,
            null,
            { rounds: CATCH_UP_ROUNDS, timelineLength: WARM_UP_EVENTS + EVENTS + 1 },
          ),
        ];
      } finally {
        await core.close();
      }
    }),
};
