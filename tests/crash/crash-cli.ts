/**
 * The crash harness at length: `npm run crash -- --runs 200`.
 *
 *   --runs N          runs in all, taken in turn from each scenario (default 30)
 *   --scenario NAME   only this scenario (repeatable)
 *   --seed N          the batch seed (default: random, printed); the same seed draws the same runs
 *   --replay N        one run with this run seed (printed for every failure); needs --scenario
 *   --keep-failed     keep the folders of failed runs (the seed is usually enough)
 */
import { CRASH_SCENARIOS, findScenario } from './scenarios/index';
import { buildTemplate, createWorkspace, killLiveChildren, replayCommand, type RunResult, runOnce, runSeeds, type Template } from './harness';

interface Options {
  runs: number;
  scenarios: string[];
  seed: number;
  replay: number | null;
  keepFailed: boolean;
}

function parseOptions(args: readonly string[]): Options {
  const options: Options = { runs: 30, scenarios: [], seed: Math.floor(Math.random() * 0x7fffffff) + 1, replay: null, keepFailed: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    const integer = () => {
      const parsed = Number(value());
      if (!Number.isSafeInteger(parsed) || parsed < 0) throw new Error(`${arg} takes a whole number`);
      return parsed;
    };
    if (arg === '--runs') options.runs = integer();
    else if (arg === '--scenario') options.scenarios.push(findScenario(value()).name);
    else if (arg === '--seed') options.seed = integer();
    else if (arg === '--replay') options.replay = integer();
    else if (arg === '--keep-failed') options.keepFailed = true;
    else throw new Error(`Unknown option ${arg}`);
  }
  if (options.replay !== null && options.scenarios.length !== 1) throw new Error('--replay needs exactly one --scenario');
  return options;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

function printRun(result: RunResult, index: number, total: number): void {
  const status = result.failures.length ? 'FAIL' : 'ok  ';
  const kill = result.killed ? `killed after ${result.delayMs}ms` : `not killed (finished within ${result.delayMs}ms)`;
  console.log(
    `[${String(index).padStart(String(total).length)}/${total}] ${status} ${result.scenario.padEnd(18)} seed ${String(result.seed).padEnd(10)} ${kill}, ${result.acks} acks; ${result.outcome}`,
  );
  for (const failure of result.failures) console.log(`        ${failure}`);
}

function printSummary(results: readonly RunResult[], options: Options, elapsedMs: number): void {
  console.log(`\ncrash harness: batch seed ${options.seed}, ${results.length} runs in ${seconds(elapsedMs)}`);
  const names = [...new Set(results.map((result) => result.scenario))];
  console.log(`${'scenario'.padEnd(20)}${'runs'.padStart(6)}${'kills'.padStart(7)}${'failed'.padStart(8)}${'acks'.padStart(8)}  outcomes`);
  for (const name of names) {
    const mine = results.filter((result) => result.scenario === name);
    const outcomes = new Map<string, number>();
    for (const result of mine) if (result.outcome) outcomes.set(result.outcome, (outcomes.get(result.outcome) ?? 0) + 1);
    const outcomeText = [...outcomes]
      .sort((a, b) => b[1] - a[1])
      .map(([outcome, count]) => `${count}× ${outcome}`)
      .join('; ');
    const acks = mine.reduce((sum, result) => sum + result.acks, 0);
    console.log(
      `${name.padEnd(20)}${String(mine.length).padStart(6)}${String(mine.filter((r) => r.killed).length).padStart(7)}${String(mine.filter((r) => r.failures.length).length).padStart(8)}${String(acks).padStart(8)}  ${outcomeText}`,
    );
  }
  const failed = results.filter((result) => result.failures.length > 0);
  if (failed.length === 0) {
    console.log('\nno failures');
    return;
  }
  console.log(`\n${failed.length} FAILED:`);
  for (const result of failed) {
    console.log(`  ${result.scenario} seed ${result.seed} (kill after ${result.delayMs}ms): replay with ${replayCommand(result)}`);
    for (const failure of result.failures) console.log(`    ${failure}`);
    if (result.keptDir) console.log(`    kept: ${result.keptDir}`);
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const scenarios = options.scenarios.length ? options.scenarios.map(findScenario) : CRASH_SCENARIOS;
  const workspace = createWorkspace();
  const cleanUp = () => {
    killLiveChildren();
    workspace.remove();
    process.exit(130);
  };
  process.once('SIGINT', cleanUp);
  process.once('SIGTERM', cleanUp);
  const started = performance.now();
  try {
    const templates = new Map<string, Template>();
    for (const scenario of scenarios) {
      const template = await buildTemplate(scenario, workspace);
      templates.set(scenario.name, template);
      console.log(`template ${scenario.name}: kill window ${template.windowMs}ms after "${scenario.kill.afterMark}"`);
    }
    const plan =
      options.replay !== null
        ? [{ scenario: scenarios[0]!.name, seed: options.replay }]
        : runSeeds(options.seed, options.runs).map((seed, i) => ({ scenario: scenarios[i % scenarios.length]!.name, seed }));
    if (options.replay === null) console.log(`batch seed ${options.seed} (repeat the batch with --seed ${options.seed})`);
    const results: RunResult[] = [];
    for (const [i, step] of plan.entries()) {
      const result = await runOnce(templates.get(step.scenario)!, step.seed, { keepFailed: options.keepFailed });
      results.push(result);
      printRun(result, i + 1, plan.length);
    }
    printSummary(results, options, performance.now() - started);
    return results.some((result) => result.failures.length > 0) ? 1 : 0;
  } finally {
    if (!options.keepFailed) workspace.remove();
    else console.log(`workspace: ${workspace.root}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
