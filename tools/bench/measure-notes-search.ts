import { type AppCore, createAppCore } from '../../electron/app-core';
import { silentLogger } from '../../electron/logger';
import { toFtsQuery } from '../../shared/search/search-query';
import { createCoreClient } from '../../electron/core-client';
import { NOTE_VOCABULARY as WORDS } from '../seed/synthetic-note-text';
import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { summarize } from './percentiles';
import { SEARCH_CORPUS, withNotesSearchVault } from './notes-search-vault';
import { withVaultStore } from './vault-store';

const ROUNDS = 10;
const WARM_UP_ROUNDS = 1;

interface SearchCase {
  kind: 'rare words' | 'mid-frequency words' | 'two-word queries' | 'prefixes while typing' | 'within one client' | 'very common words';
  query: string;
  byClient?: boolean;
}

/** Terms of known rank in the generator's Zipf lists; their real match counts are recorded. */
const CASES: readonly SearchCase[] = [
  ...[1500, 6000, 14000].map((rank) => ({ kind: 'rare words' as const, query: WORDS.tail[rank]!.toLowerCase() })),
  // From under 1% of the notes to about 9% (the counts are in the JSON).
  ...[WORDS.tail[50]!.toLowerCase(), WORDS.tail[10]!.toLowerCase(), WORDS.verbs[37], WORDS.nouns[85], WORDS.adjectives[50], WORDS.nouns[56]].map((query) => ({
    kind: 'mid-frequency words' as const,
    query,
  })),
  ...['mother guilt', 'panic chest', 'grief ocean'].map((query) => ({ kind: 'two-word queries' as const, query })),
  ...['for', 'forg', 'forgi', 'forgiv', 'hyp', 'hyper'].map((query) => ({ kind: 'prefixes while typing' as const, query })),
  ...['forgiveness', 'sleep', 'mother guilt'].map((query) => ({ kind: 'within one client' as const, query, byClient: true })),
];
const COMMON: readonly SearchCase[] = ['client', 'anxiety'].map((query) => ({ kind: 'very common words', query }));

/**
 * search.query through the real dispatch() over 100,000 notes (and 2,000 homework) of 1,000
 * clients: rare, mid-frequency and two-word queries, prefixes as if typing, and searches within
 * one client, each asked ROUNDS times, the default 50 results ranked by bm25 with snippets.
 */
export const notesSearchMeasurement: Measurement = {
  name: 'notes-search',
  run: () =>
    withNotesSearchVault(async ({ vaultDir, passphrase, seeding }): Promise<MetricResult[]> => {
      const core = createAppCore({ vaultDir, logger: silentLogger });
      const { call } = createCoreClient(core);
      let timed: Map<SearchCase, number[]>;
      let clientId: string;
      try {
        await call('vault.unlock', { passphrase });
        clientId = (await call('clients.list', {})).clients[0]!.id;
        timed = await timeCases(core, [...CASES, ...COMMON], clientId);
      } finally {
        core.close();
      }
      const probes = await probeIndex(vaultDir, passphrase, [...CASES, ...COMMON], clientId);
      const perCase = [...timed].map(([one, samples]) => ({
        kind: one.kind,
        query: one.query,
        byClient: one.byClient ?? false,
        ...probes.get(one),
        p50Ms: round(summarize(samples).p50),
        p95Ms: round(summarize(samples).p95),
      }));
      const details = {
        notes: SEARCH_CORPUS.notes,
        clients: SEARCH_CORPUS.clients,
        homework: SEARCH_CORPUS.clients * SEARCH_CORPUS.homeworkPerClient,
        rounds: ROUNDS,
        warmUpRoundsDiscarded: WARM_UP_ROUNDS,
        resultsPerQuery: 'the default (50)',
        seeding: { ...seeding, seedMs: seeding.seedMs === null ? null : Math.round(seeding.seedMs), copyMs: Math.round(seeding.copyMs) },
        perCase,
      };
      const samplesOf = (cases: readonly SearchCase[]) => cases.flatMap((one) => timed.get(one)!);
      const results: MetricResult[] = [
        timingResult(
          `full-text search, ${SEARCH_CORPUS.notes.toLocaleString('en-US')} notes (search.query, ${CASES.length} queries)`,
          'ms',
          samplesOf(CASES),
          { judged: ['p95'], max: 20 },
          details,
        ),
      ];
      for (const kind of new Set(CASES.map((one) => one.kind))) {
        results.push(timingResult(`  ${kind}`, 'ms', samplesOf(CASES.filter((one) => one.kind === kind)), null));
      }
      for (const one of COMMON) {
        results.push(
          timingResult(`  very common word "${one.query}" (${probes.get(one)!.matches.toLocaleString('en-US')} matches)`, 'ms', timed.get(one)!, null),
        );
      }
      const midRankOnly = CASES.filter((one) => one.kind === 'mid-frequency words').map((one) => probes.get(one)!.rankOnlyMs);
      results.push(timingResult('  for context: mid-frequency words ranked by bm25 in FTS5 alone (no join, no snippet)', 'ms', midRankOnly, null));
      if (seeding.seedMs !== null)
        results.push({
          metric: '  seeding the 100,000 notes (once; cached after)',
          unit: 'ms',
          p50: seeding.seedMs,
          p95: seeding.seedMs,
          samples: 1,
          target: null,
        });
      return results;
    }),
};

async function timeCases(core: AppCore, cases: readonly SearchCase[], clientId: string): Promise<Map<SearchCase, number[]>> {
  const { call } = createCoreClient(core);
  const timed = new Map(cases.map((one) => [one, [] as number[]]));
  for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
    for (const one of cases) {
      const started = performance.now();
      await call('search.query', { query: one.query, ...(one.byClient ? { clientId } : {}) });
      const elapsed = performance.now() - started;
      if (round >= WARM_UP_ROUNDS) timed.get(one)!.push(elapsed);
    }
  }
  return timed;
}

interface IndexProbe {
  /** Documents the query matches: what the statement joins and ranks. */
  matches: number;
  /** The same MATCH ranked by bm25 in FTS5 alone (no join, no snippet), median of 5: what ranking itself costs. */
  rankOnlyMs: number;
}

/** Counted and timed on the index directly, after the dispatch() timings, for the context rows. */
async function probeIndex(vaultDir: string, passphrase: string, cases: readonly SearchCase[], clientId: string): Promise<Map<SearchCase, IndexProbe>> {
  return withVaultStore(vaultDir, passphrase, (store) => {
    const count = store.db.prepare<[string, string | null, string | null], { n: number }>(
      'SELECT count(*) AS n FROM search_index JOIN search_documents d ON d.id = search_index.rowid WHERE search_index MATCH ? AND (? IS NULL OR d.client_id = ?)',
    );
    const rankOnly = store.db.prepare<[string], { rowid: number }>(
      'SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY bm25(search_index, 2.0, 1.0) LIMIT 50',
    );
    return new Map(
      cases.map((one) => {
        const match = toFtsQuery(one.query)!;
        const client = one.byClient ? clientId : null;
        const times = Array.from({ length: 5 }, () => {
          const started = performance.now();
          rankOnly.all(match);
          return performance.now() - started;
        });
        return [one, { matches: count.get(match, client, client)!.n, rankOnlyMs: round(summarize(times).p50) }];
      }),
    );
  });
}

const round = (ms: number) => Math.round(ms * 100) / 100;
