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
import { assertPlainAndEncrypted, type ComparedFile, compareInBlocks, describeCache, ratioResult } from './plain-comparison';
import { withTempDir } from './temp-dir';

const CLIENTS = 10_000;
const QUERIES = 20_000;
/** Timed in alternating blocks so drift (CPU clocks, other processes) falls on both files alike. */
const BLOCKS = 10;
/** Small enough that most reads need a page from outside SQLite's cache, which the encrypted file must decrypt. */
const SMALL_CACHE_PAGES = 16;

interface Candidate extends ComparedFile {
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

        const details = { clients: CLIENTS, queries: QUERIES, unit: 'µs', ...files };
        const compare = () => compareInBlocks(candidates, workload, BLOCKS, timeRead);
        const appCache = compare();
        for (const { db } of candidates) db.pragma(`cache_size = ${SMALL_CACHE_PAGES}`);
        const smallCache = compare();

        return [
          ratioResult(`point reads, encrypted / plain (${describeCache(appCache.settings)})`, appCache, { judged: ['p50', 'p95'], max: 1.25 }, details),
          timingResult('  encrypted point read', 'µs', appCache.samples.encrypted, null),
          timingResult('  plain point read', 'µs', appCache.samples.plain, null),
          ratioResult(`point reads, encrypted / plain (${describeCache(smallCache.settings)})`, smallCache, null, details),
        ];
      } finally {
        for (const { db } of candidates) db.close();
      }
    }),
};

/** Microseconds for one read. */
function timeRead({ repository }: Candidate, id: string): number {
  const started = process.hrtime.bigint();
  const client = repository.get(id);
  const elapsed = process.hrtime.bigint() - started;
  if (!client) throw new Error('A point read found nothing: the two files differ');
  return Number(elapsed) / 1000;
}
