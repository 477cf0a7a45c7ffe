import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Synthetic data only: printed with the recovery code so anyone can open a seeded vault. */
export const DEMO_PASSPHRASE = 'kap demo synthetic orchard 58';

export const MAX_CLIENTS = 100_000;
/** Share of clients archived when --archived is not given. */
const DEFAULT_ARCHIVED_SHARE = 0.05;

export const SEED_USAGE = `Usage: npm run seed -- <vault folder> [--clients N] [--archived N] [--seed N] [--passphrase "..."]

Creates a NEW vault in an empty or new folder and fills it with fictional clients.
  --clients N      how many clients, 1 to ${MAX_CLIENTS.toLocaleString('en-US')} (default 1,000)
  --archived N     how many of them are archived, 0 to --clients (default 5%)
  --seed N         random seed, 0 to 4294967295 (default 1); the same seed gives the same clients
  --passphrase P   vault passphrase (default, for synthetic data only: "${DEMO_PASSPHRASE}")
`;

export interface SeedOptions {
  vaultDir: string;
  clients: number;
  archived: number;
  seed: number;
  passphrase: string;
}

export type SeedCommand = { kind: 'help' } | { kind: 'seed'; options: SeedOptions };

/** Wrong or missing arguments; the message names the argument. */
export class SeedUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedUsageError';
  }
}

export function parseSeedArguments(args: readonly string[]): SeedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        clients: { type: 'string' },
        archived: { type: 'string' },
        seed: { type: 'string' },
        passphrase: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new SeedUsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (positionals.length !== 1) throw new SeedUsageError('Give exactly one vault folder.');

  const clients = values.clients === undefined ? 1000 : wholeNumber('--clients', values.clients, 1, MAX_CLIENTS);
  const archived = values.archived === undefined ? Math.round(clients * DEFAULT_ARCHIVED_SHARE) : wholeNumber('--archived', values.archived, 0, clients);
  const seed = values.seed === undefined ? 1 : wholeNumber('--seed', values.seed, 0, 0xffff_ffff);
  const passphrase = values.passphrase ?? DEMO_PASSPHRASE;
  return { kind: 'seed', options: { vaultDir: resolve(positionals[0]!), clients, archived, seed, passphrase } };
}

function wholeNumber(name: string, text: string, min: number, max: number): number {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new SeedUsageError(`${name} must be a whole number from ${min} to ${max}; got "${text}".`);
  }
  return value;
}
