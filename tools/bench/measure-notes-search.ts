import { dirname, join } from 'node:path';
import { openEncryptedDatabase, openPlainDatabaseForComparison } from '../../db/open-database';
import { SearchRepository } from '../../db/search-repository';
import { type AppCore, createAppCore } from '../../electron/app-core';
import { silentLogger } from '../../electron/logger';
import { databasePath } from '../../electron/vault/vault-file';
import { type MethodOutput, SEARCH_LIMIT } from '../../shared/contract';
import { toFtsQuery } from '../../shared/search/search-query';
import { createCoreClient } from '../../electron/core-client';
import { NOTE_VOCABULARY as WORDS } from '../seed/synthetic-note-text';
import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { summarize } from './percentiles';
import { assertPlainAndEncrypted, type ComparedFile, compareInBlocks, decryptedCopy, describeCache, ratioResult } from './plain-comparison';
import { SEARCH_CORPUS, withNotesSearchVault } from './notes-search-vault';
import { withVaultKey, withVaultStore } from './vault-store';

const ROUNDS = 10;
const WARM_UP_ROUNDS = 1;
/** The encrypted / plain comparison's blocks, alternating which file goes first. */
const PLAIN_BLOCKS = 10;

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
      let timed: Timed;
      let clientId: string;
      try {
        await call('vault.unlock', { passphrase });
        clientId = (await call('clients.list', {})).clients[0]!.id;
        timed = await timeCases(core, [...CASES, ...COMMON], clientId);
      } finally {
        await core.close();
      }
      const probes = await probeIndex(vaultDir, passphrase, [...CASES, ...COMMON], clientId);
      const plainRows = await compareWithPlain(vaultDir, passphrase, clientId);
      const perCase = [...timed.samples].map(([one, samples]) => ({
        kind: one.kind,
        query: one.query,
        byClient: one.byClient ?? false,
        ...probes.get(one),
        order: timed.answers.get(one)!.order,
        matched: timed.answers.get(one)!.matched,
        p50Ms: round(summarize(samples).p50),
        p95Ms: round(summarize(samples).p95),
      }));
      const details = {
        notes: SEARCH_CORPUS.notes,
        clients: SEARCH_CORPUS.clients,
        homework: SEARCH_CORPUS.clients * SEARCH_CORPUS.homeworkPerClient,
        rounds: ROUNDS,
        warmUpRoundsDiscarded: WARM_UP_ROUNDS,
        resultsPerQuery: `the default (${SEARCH_LIMIT.default})`,
        seeding: { ...seeding, seedMs: seeding.seedMs === null ? null : Math.round(seeding.seedMs), copyMs: Math.round(seeding.copyMs) },
        perCase,
      };
      const samplesOf = (cases: readonly SearchCase[]) => cases.flatMap((one) => timed.samples.get(one)!);
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
          timingResult(
            `  very common word "${one.query}" (${probes.get(one)!.matches.toLocaleString('en-US')} matches, ${timed.answers.get(one)!.order})`,
            'ms',
            timed.samples.get(one)!,
            null,
          ),
        );
      }
      const midRankOnly = CASES.filter((one) => one.kind === 'mid-frequency words').map((one) => probes.get(one)!.rankOnlyMs);
      results.push(timingResult('  for context: mid-frequency words ranked by bm25 in FTS5 alone (no join, no snippet)', 'ms', midRankOnly, null));
      results.push(...plainRows);
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

interface Timed {
  samples: Map<SearchCase, number[]>;
  /** How each query was answered: the order and the match count the answer gave. */
  answers: Map<SearchCase, Pick<MethodOutput<'search.query'>, 'order' | 'matched'>>;
}

async function timeCases(core: AppCore, cases: readonly SearchCase[], clientId: string): Promise<Timed> {
  const { call } = createCoreClient(core);
  const timed: Timed = { samples: new Map(cases.map((one) => [one, [] as number[]])), answers: new Map() };
  for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
    for (const one of cases) {
      const started = performance.now();
      const { order, matched } = await call('search.query', { query: one.query, ...(one.byClient ? { clientId } : {}) });
      const elapsed = performance.now() - started;
      if (round >= WARM_UP_ROUNDS) timed.samples.get(one)!.push(elapsed);
      timed.answers.set(one, { order, matched });
    }
  }
  return timed;
}

interface SearchFile extends ComparedFile {
  search: SearchRepository;
}

/**
 * The same queries through the search repository on the vault's database and on a decrypted copy
 * of it (same pages, driver and pragmas), timed in alternating blocks: what encryption costs search.
 */
async function compareWithPlain(vaultDir: string, passphrase: string, clientId: string): Promise<MetricResult[]> {
  return withVaultKey(vaultDir, passphrase, (key) => {
    const encryptedPath = databasePath(vaultDir);
    const plainPath = join(dirname(vaultDir), 'plain-copy.db');
    decryptedCopy(encryptedPath, key, plainPath);
    assertPlainAndEncrypted(encryptedPath, plainPath);
    const encrypted = openEncryptedDatabase(encryptedPath, key);
    const plain = openPlainDatabaseForComparison(plainPath);
    try {
      const files: SearchFile[] = [
        { label: 'encrypted', db: encrypted, search: new SearchRepository(encrypted) },
        { label: 'plain', db: plain, search: new SearchRepository(plain) },
      ];
      const cases = [...CASES, ...COMMON];
      const workload = Array.from({ length: ROUNDS }, () => cases).flat();
      const comparison = compareInBlocks(files, workload, PLAIN_BLOCKS, (file, one) => {
        const started = performance.now();
        file.search.search({ match: toFtsQuery(one.query)!, ...(one.byClient ? { clientId } : {}), includePrivate: false, limit: SEARCH_LIMIT.default });
        return performance.now() - started;
      });
      return [
        ratioResult(
          `full-text search, encrypted / plain (${describeCache(comparison.settings)}; the ${cases.length} queries on a decrypted copy)`,
          comparison,
          { judged: ['p50', 'p95'], max: 1.25 },
          { queries: cases.length, rounds: ROUNDS, unit: 'ms' },
        ),
        timingResult('  encrypted (the search repository alone)', 'ms', comparison.samples.encrypted, null),
        timingResult('  plain (the search repository alone)', 'ms', comparison.samples.plain, null),
      ];
    } finally {
      encrypted.close();
      plain.close();
    }
  });
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
