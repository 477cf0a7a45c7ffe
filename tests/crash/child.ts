/**
 * The process the crash harness kills. Run as
 *   node --import tsx tests/crash/child.ts <scenario> <vault folder> <facts.json> <seed>
 * It unlocks the copied vault, runs the scenario's workload, and prints each acknowledged write.
 */
import { readFileSync, writeSync } from 'node:fs';
import { createAppCore } from '../../electron/app-core';
import { createCoreClient } from '../../electron/core-client';
import { deriveWrappingKey } from '../../electron/vault/key-wrapping';
import { isRpcError } from '../../shared/contract/errors';
import { createPrng } from '../../tools/seed/prng';
import type { ChildLine } from './child-protocol';
import type { ChildContext, Facts } from './scenario';
import { findScenario } from './scenarios/index';
import { CRASH_PASSPHRASE } from './vault-access';

function print(line: ChildLine): void {
  writeSync(1, `${JSON.stringify(line)}\n`);
}

async function main(): Promise<void> {
  const [scenarioName, vaultDir, factsPath, seedText] = process.argv.slice(2);
  if (!scenarioName || !vaultDir || !factsPath || !seedText) throw new Error('usage: child.ts <scenario> <vault folder> <facts.json> <seed>');
  const scenario = findScenario(scenarioName);
  const facts = JSON.parse(readFileSync(factsPath, 'utf8')) as Facts;
  const context: ChildContext = {
    vaultDir,
    facts,
    prng: createPrng(Number(seedText)),
    async unlockedCore(options = {}) {
      const core = createAppCore({
        vaultDir,
        ...(options.platform ? { platform: options.platform } : {}),
        deriveKey: async (secret, kdf) => {
          const key = await deriveWrappingKey(secret, kdf);
          if (options.markWhenKeyDerived) print({ t: 'mark', name: options.markWhenKeyDerived });
          return key;
        },
      });
      await createCoreClient(core).call('vault.unlock', { passphrase: CRASH_PASSPHRASE });
      return core;
    },
    mark: (name) => print({ t: 'mark', name }),
    intent: (r) => print({ t: 'intent', r }),
    ack: (r) => print({ t: 'ack', r }),
  };
  await scenario.workload(context);
  print({ t: 'done' });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    // Synthetic data only, but keep to the class and message the harness needs to explain a failure.
    process.stderr.write(`crash child failed: ${describeFailure(error)}\n`);
    process.exit(2);
  },
);

function describeFailure(error: unknown): string {
  if (isRpcError(error)) return `${error.method ?? 'a method'} answered ${error.code}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
