import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { silentLogger } from '../../electron/logger';
import { DEMO_PASSPHRASE } from '../seed/seed-options';
import { seedVault } from '../seed/seed-vault';
import { generateSyntheticClients } from '../seed/synthetic-clients';
import { type NoteCorpus, writeNoteCorpus } from './notes-corpus';
import { withTempDir } from './temp-dir';
import { withVaultStore } from './vault-store';

export const SEARCH_CORPUS = { clients: 1000, notes: 100_000, homeworkPerClient: 2, seed: 3 } as const;

/**
 * Everything that decides what the seeded vault holds. The cache key hashes these files, so a
 * change to the schema, the handlers, the repositories or the generator seeds a new vault.
 */
const SOURCES = [
  'db/migrations',
  'db/notes-repository.ts',
  'db/search-repository.ts',
  'db/homework-repository.ts',
  'db/clients-repository.ts',
  'electron/handlers/notes',
  'electron/handlers/homework',
  'shared/notes',
  'shared/search',
  'tools/seed',
  'tools/bench/notes-corpus.ts',
  'tools/bench/notes-search-vault.ts',
];
const CACHE_ROOT = join(tmpdir(), 'kap-bench-cache');
const CACHE_PREFIX = 'notes-search-';
/** Other versions' caches are removed once this old (they are a few hundred MB each). */
const STALE_MS = 60 * 60_000;

export interface NotesSearchVault {
  vaultDir: string;
  passphrase: string;
  /** How the cached vault came to be: seeded by this run (with its time) or reused. */
  seeding: { cached: boolean; seedMs: number | null; copyMs: number; cacheDir: string; corpus: Omit<NoteCorpus, 'homeworkByClient'> | null };
}

/**
 * A vault of 100,000 synthetic notes over 1,000 clients. Seeding takes minutes, so the vault is
 * kept under the OS temp folder (synthetic data and the demo passphrase only), keyed by a hash of
 * the code that writes it, and each run works on its own copy: nothing a run does reaches the
 * cache. A half-built cache is never used: it is built in a separate folder and renamed into
 * place. Set KAP_BENCH_NO_CACHE=1 to seed a fresh one for this run only.
 */
export async function withNotesSearchVault<T>(work: (vault: NotesSearchVault) => Promise<T>): Promise<T> {
  const useCache = process.env.KAP_BENCH_NO_CACHE !== '1';
  const cacheDir = join(CACHE_ROOT, `${CACHE_PREFIX}${await sourcesKey()}`);
  return withTempDir(async (dir) => {
    const vaultDir = join(dir, 'vault');
    const cached = useCache && existsSync(join(cacheDir, 'vault', 'kap.db'));
    let seedMs: number | null = null;
    let corpus: NotesSearchVault['seeding']['corpus'] = null;
    if (!cached) {
      const started = performance.now();
      corpus = await seedSearchVault(vaultDir);
      seedMs = performance.now() - started;
      if (useCache) await publish(vaultDir, cacheDir);
    }
    // The run works on a copy: what it does (opening, migrating, checkpointing) never reaches the cache.
    const started = performance.now();
    if (cached) await cp(join(cacheDir, 'vault'), vaultDir, { recursive: true });
    const copyMs = cached ? performance.now() - started : 0;
    return work({ vaultDir, passphrase: DEMO_PASSPHRASE, seeding: { cached, seedMs, copyMs, cacheDir: useCache ? cacheDir : '(no cache)', corpus } });
  });
}

async function seedSearchVault(vaultDir: string): Promise<Omit<NoteCorpus, 'homeworkByClient'>> {
  const clients = generateSyntheticClients({ count: SEARCH_CORPUS.clients, archived: 0, seed: 1 });
  await seedVault({ vaultDir, passphrase: DEMO_PASSPHRASE, clients, logger: silentLogger });
  return withVaultStore(vaultDir, DEMO_PASSPHRASE, (store) => {
    const { homeworkByClient: _, ...counts } = writeNoteCorpus(store, {
      clientIds: store.clients.list().map((client) => client.id),
      notes: SEARCH_CORPUS.notes,
      homeworkPerClient: SEARCH_CORPUS.homeworkPerClient,
      seed: SEARCH_CORPUS.seed,
    });
    return counts;
  });
}

/**
 * Copies the finished vault into a folder of its own beside the cache and renames that into
 * place, so a cache folder is always complete; if another run got there first, its copy stands.
 */
async function publish(vaultDir: string, cacheDir: string): Promise<void> {
  await mkdir(CACHE_ROOT, { recursive: true, mode: 0o700 });
  const building = await mkdtemp(join(CACHE_ROOT, 'building-'));
  try {
    await cp(vaultDir, join(building, 'vault'), { recursive: true });
    await rename(building, cacheDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && code !== 'ENOTEMPTY') throw error;
  } finally {
    await rm(building, { recursive: true, force: true });
  }
  await removeStaleCaches(cacheDir);
}

async function removeStaleCaches(keep: string): Promise<void> {
  for (const name of await readdir(CACHE_ROOT)) {
    const path = join(CACHE_ROOT, name);
    if (!name.startsWith(CACHE_PREFIX) || path === keep) continue;
    if (Date.now() - (await stat(path)).mtimeMs > STALE_MS) await rm(path, { recursive: true, force: true });
  }
}

async function sourcesKey(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(SEARCH_CORPUS));
  for (const source of SOURCES) {
    for (const file of await filesUnder(resolve(source))) {
      hash.update(relative(process.cwd(), file));
      hash.update(await readFile(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function filesUnder(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => filesUnder(join(path, entry.name))));
  return nested.flat().sort();
}
