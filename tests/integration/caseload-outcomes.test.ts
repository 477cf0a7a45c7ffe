import { describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import { call } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

const T0 = Date.UTC(2026, 10, 24, 12, 0, 0);

/** PHQ-9 answers adding up to `total`, with item 9 answered `item9`. */
function phq9(total: number, item9 = 0): number[] {
  const rest = total - item9;
  return [...Array.from({ length: 8 }, (_, i) => Math.max(0, Math.min(3, rest - 3 * i))), item9];
}

describe('measures.caseloadOutcomes on a real vault', () => {
  vaultTest.override('coreOptions', { now: () => T0 });

  async function client(core: AppCore, displayName: string, totals: readonly (number | [number, number])[]) {
    const { id } = await call(core, 'clients.create', { displayName });
    const measures = [];
    for (const [day, total] of totals.entries()) {
      const [sum, item9] = typeof total === 'number' ? [total, 0] : total;
      measures.push(
        await call(core, 'measures.record', { clientId: id, kind: 'phq-9', answers: phq9(sum, item9), takenOn: `2026-11-${String(day + 1).padStart(2, '0')}` }),
      );
    }
    return { id, measures };
  }

  vaultTest('counts response, remission and worsening over active clients, leaving archived clients and withdrawn measures out', async ({ vault }) => {
    const { core } = vault;
    const ada = await client(core, 'Ada Remits', [20, 8, 3]);
    // The withdrawn 25 would make 16 an improvement; without it 16 is 6 above 10.
    const ben = await client(core, 'Ben Worsens', [12, 10, 25, 16]);
    await call(core, 'measures.withdraw', { id: ben.measures[2]!.id, reason: 'Entered for the wrong client' });
    const cy = await client(core, 'Cy Item Nine', [
      [10, 0],
      [10, 1],
    ]);
    const di = await client(core, 'Di Baseline', [15]);
    await call(core, 'measures.record', { clientId: di.id, kind: 'gad-7', answers: [1, 1, 1, 1, 1, 1, 1], takenOn: '2026-11-02' });
    await client(core, 'Eve Unmeasured', []);
    const fay = await client(core, 'Fay Archived', [20, 2]);
    await call(core, 'clients.archive', { id: fay.id });
    const gus = await client(core, 'Gus Withdrawn', [20, 4]);
    await call(core, 'measures.withdraw', { id: gus.measures[1]!.id, reason: 'Typed twice' });

    const outcomes = await call(core, 'measures.caseloadOutcomes', {});

    expect(outcomes.counts).toEqual({ activeClients: 6, withBaseline: 5, withLaterMeasure: 3, reachedResponse: 1, reachedRemission: 1, latestWorsened: 2 });
    expect(outcomes.clients).toEqual([
      {
        clientId: ada.id,
        displayName: 'Ada Remits',
        baseline: { total: 20, takenOn: '2026-11-01' },
        latest: { total: 3, takenOn: '2026-11-03' },
        responseOn: '2026-11-02',
        remissionOn: '2026-11-03',
        latestWorsening: [],
        latestItem9Flag: false,
      },
      {
        clientId: ben.id,
        displayName: 'Ben Worsens',
        baseline: { total: 12, takenOn: '2026-11-01' },
        latest: { total: 16, takenOn: '2026-11-04' },
        responseOn: null,
        remissionOn: null,
        latestWorsening: ['total-rose'],
        latestItem9Flag: false,
      },
      {
        clientId: cy.id,
        displayName: 'Cy Item Nine',
        baseline: { total: 10, takenOn: '2026-11-01' },
        latest: { total: 10, takenOn: '2026-11-02' },
        responseOn: null,
        remissionOn: null,
        latestWorsening: ['item9-rose'],
        latestItem9Flag: true,
      },
      {
        clientId: di.id,
        displayName: 'Di Baseline',
        baseline: { total: 15, takenOn: '2026-11-01' },
        latest: null,
        responseOn: null,
        remissionOn: null,
        latestWorsening: [],
        latestItem9Flag: false,
      },
      {
        clientId: gus.id,
        displayName: 'Gus Withdrawn',
        baseline: { total: 20, takenOn: '2026-11-01' },
        latest: null,
        responseOn: null,
        remissionOn: null,
        latestWorsening: [],
        latestItem9Flag: false,
      },
    ]);
  });

  vaultTest('answers zero counts for an empty caseload', async ({ vault }) => {
    expect(await call(vault.core, 'measures.caseloadOutcomes', {})).toEqual({
      counts: { activeClients: 0, withBaseline: 0, withLaterMeasure: 0, reachedResponse: 0, reachedRemission: 0, latestWorsened: 0 },
      clients: [],
    });
  });
});
