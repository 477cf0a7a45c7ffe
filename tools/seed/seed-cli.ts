import { RpcError } from '../../shared/contract/errors';
import { VaultFolderRefusedError } from './new-vault-folder';
import { DEMO_PASSPHRASE, parseSeedArguments, SEED_USAGE, SeedUsageError, type SeedOptions } from './seed-options';
import { seedVault } from './seed-vault';
import { generateSyntheticClients } from './synthetic-clients';

const count = (n: number) => n.toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function seed(options: SeedOptions): Promise<number> {
  const started = performance.now();
  const clients = generateSyntheticClients({ count: options.clients, archived: options.archived, seed: options.seed });
  const generated = performance.now() - started;
  const seeded = await seedVault({ vaultDir: options.vaultDir, passphrase: options.passphrase, clients });
  const { createVault, writeClients, checkByUnlocking } = seeded.timingsMs;
  const passphrase = options.passphrase === DEMO_PASSPHRASE ? `${DEMO_PASSPHRASE}   (the demo passphrase: synthetic data only)` : '(the one you gave)';

  process.stdout.write(
    [
      `Seeded a new vault with fictional clients (seed ${options.seed}).`,
      `  folder         ${options.vaultDir}`,
      `  clients        ${count(seeded.activeClients + seeded.archivedClients)}: ${count(seeded.activeClients)} active, ${count(seeded.archivedClients)} archived (counted after unlocking)`,
      `  passphrase     ${passphrase}`,
      `  recovery code  ${seeded.recoveryCode}`,
      `  took           ${seconds(performance.now() - started)}: generate ${seconds(generated)}, create vault ${seconds(createVault)}, ` +
        `write clients ${seconds(writeClients)}, unlock and count ${seconds(checkByUnlocking)}`,
      '',
    ].join('\n'),
  );
  if (seeded.activeClients !== options.clients - options.archived || seeded.archivedClients !== options.archived) {
    process.stderr.write(`The vault holds different counts from the ${count(options.clients)} clients (${count(options.archived)} archived) asked for.\n`);
    return 1;
  }
  return 0;
}

async function main(): Promise<number> {
  try {
    const command = parseSeedArguments(process.argv.slice(2));
    if (command.kind === 'help') {
      process.stdout.write(SEED_USAGE);
      return 0;
    }
    return await seed(command.options);
  } catch (error) {
    if (error instanceof SeedUsageError) {
      process.stderr.write(`${error.message}\n\n${SEED_USAGE}`);
      return 2;
    }
    if (error instanceof VaultFolderRefusedError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (error instanceof RpcError) {
      process.stderr.write(`${error.method ?? 'A method'} failed: ${error.code}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
