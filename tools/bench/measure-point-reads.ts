import { randomBytes, randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { ClientsRepository } from '../../db/clients-repository';
import { openEncryptedDatabase, openPlainDatabaseForComparison } from '../../db/open-database';
import { createPrng } from '../seed/prng';
import { generateSyntheticClients } from '../seed/synthetic-clients';
import { writeSyntheticClients } from '../seed/write-clients';
import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { assertPlainAndEncrypted, TWIN_CIPHER, TWIN_PRAGMAS, twinRatio } from './plain-twin-database';
import { withTempDir } from './temp-dir';

const CLIENTS = 10_000;
const QUERIES = 20_000;
/** Timed in alternating blocks so drift (CPU clocks, other processes) falls on both files alike. */
const BLOCKS = 10;
/** Small enough that most reads need a page from outside SQLite's cache, which the encrypted file must decrypt. */
const SMALL_CACHE_PAGES = 16;

interface Candidate {
  label: 'encrypted' | 'plain';
  db: Database.Database;
  repository: ClientsRepository;
}

/**
 * The same point reads (SELECT ... WHERE id = ?, through the app's repository) against two files
 * with identical schema and rows: one keyed as the app keys it, one plain, same driver and pragmas.
 */
export const pointReadsMeasurement: Measurement = {
  name: 'point-reads',
  run: () =>
    withTempDir(async (dir): Promise<MetricResult[]> => {
      const ids = Array.from({ length: CLIENTS }, () => randomUUID());
      const clients = generateSyntheticClients({ count: CLIENTS, archived: CLIENTS / 20, seed: 1 });
      const fill = (db: Database.Database): Database.Database => {
        let next = 0;
        writeSyntheticClients(db, clients, { now: 0, newId: () => ids[next++]! });
        // Both files start from their main database file, with an empty WAL.
        db.pragma('wal_checkpoint(TRUNCATE)');
        return db;
      };
      const encryptedPath = join(dir, 'encrypted.db');
      const plainPath = join(dir, 'plain.db');
      const encrypted = fill(openEncryptedDatabase(encryptedPath, randomBytes(32), { create: true }));
      const plain = fill(openPlainDatabaseForComparison(plainPath));
      const candidates: Candidate[] = [
        { label: 'encrypted', db: encrypted, repository: new ClientsRepository(encrypted) },
        { label: 'plain', db: plain, repository: new ClientsRepository(plain) },
      ];
      try {
        assertPlainAndEncrypted(encryptedPath, plainPath);
        const prng = createPrng(2);
        const workload = Array.from({ length: QUERIES }, () => prng.pick(ids));
        const files = { encryptedBytes: statSync(encryptedPath).size, plainBytes: statSync(plainPath).size };

        const appCache = compare(candidates, workload);
        for (const { db } of candidates) db.pragma(`cache_size = ${SMALL_CACHE_PAGES}`);
        const smallCache = compare(candidates, workload);

        return [
          ratioResult(`point reads, encrypted / plain (${describeCache(appCache.settings)})`, appCache, { judged: ['p50', 'p95'], max: 1.25 }, files),
          timingResult('  encrypted point read', 'µs', appCache.samples.encrypted, null),
          timingResult('  plain point read', 'µs', appCache.samples.plain, null),
          ratioResult(`point reads, encrypted / plain (${describeCache(smallCache.settings)})`, smallCache, null, files),
        ];
      } finally {
        for (const { db } of candidates) db.close();
      }
    }),
};

interface CacheSettings {
  cacheSize: number;
  pageSize: number;
  mmapSize: number;
}

interface Comparison {
  settings: CacheSettings;
  samples: Record<Candidate['label'], number[]>;
}

function cacheSettings(db: Database.Database): CacheSettings {
  return {
    cacheSize: db.pragma('cache_size', { simple: true }) as number,
    pageSize: db.pragma('page_size', { simple: true }) as number,
    mmapSize: db.pragma('mmap_size', { simple: true }) as number,
  };
}

/** SQLite's cache_size: negative is KiB, positive is pages. */
function describeCache({ cacheSize, pageSize }: CacheSettings): string {
  return cacheSize < 0 ? `cache ${-cacheSize} KiB` : `cache ${cacheSize} pages of ${pageSize / 1024} KiB`;
}

function compare(candidates: readonly Candidate[], workload: readonly string[]): Comparison {
  const [first, second] = candidates.map((candidate) => JSON.stringify(cacheSettings(candidate.db)));
  if (first !== second) throw new Error(`Cache settings differ between the files: ${first} vs ${second}`);
  const samples: Comparison['samples'] = { encrypted: [], plain: [] };
  // Warm-up: one untimed pass each, so both start from the same cache state.
  for (const candidate of candidates) timeReads(candidate, workload, []);
  const blockSize = Math.ceil(workload.length / BLOCKS);
  for (let block = 0; block < BLOCKS; block++) {
    const slice = workload.slice(block * blockSize, (block + 1) * blockSize);
    const order = block % 2 === 0 ? candidates : [...candidates].reverse();
    for (const candidate of order) timeReads(candidate, slice, samples[candidate.label]);
  }
  return { settings: cacheSettings(candidates[0]!.db), samples };
}

/** Microseconds per read, one sample per query. */
function timeReads({ repository }: Candidate, ids: readonly string[], into: number[]): void {
  for (const id of ids) {
    const started = process.hrtime.bigint();
    const client = repository.get(id);
    const elapsed = process.hrtime.bigint() - started;
    if (!client) throw new Error('A point read found nothing: the two files differ');
    into.push(Number(elapsed) / 1000);
  }
}

function ratioResult(metric: string, comparison: Comparison, target: MetricResult['target'], files: Record<string, number>): MetricResult {
  const { p50, p95, encrypted, plain } = twinRatio(comparison.samples);
  return {
    metric,
    unit: 'x',
    p50,
    p95,
    samples: encrypted.n,
    target,
    details: {
      clients: CLIENTS,
      queries: QUERIES,
      ...comparison.settings,
      pragmas: TWIN_PRAGMAS,
      cipher: TWIN_CIPHER,
      encryptedMicroseconds: encrypted,
      plainMicroseconds: plain,
      ...files,
    },
  };
}
