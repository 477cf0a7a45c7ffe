import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate, createWorkspace, killLiveChildren, replayCommand, type RunResult, runOnce, runSeeds, type Template } from './harness';
import { CRASH_SCENARIOS } from './scenarios/index';

/** Kept small so `npm test` stays short; `npm run crash -- --runs 200` is the long version. */
const KILLS_PER_SCENARIO = 3;
/** Random each time (more ground covered over many CI runs); KAP_CRASH_SEED repeats a batch. */
const BATCH_SEED = Number(process.env.KAP_CRASH_SEED ?? Math.floor(Math.random() * 0x7fffffff) + 1);

const workspace = createWorkspace();
afterAll(() => {
  killLiveChildren();
  workspace.remove();
});

describe(`crash harness (batch seed ${BATCH_SEED}; KAP_CRASH_SEED=${BATCH_SEED} repeats it)`, () => {
  const seeds = runSeeds(BATCH_SEED, CRASH_SCENARIOS.length * KILLS_PER_SCENARIO);
  for (const [index, scenario] of CRASH_SCENARIOS.entries()) {
    describe(scenario.name, () => {
      let template: Template;
      beforeAll(async () => {
        template = await buildTemplate(scenario, workspace);
      }, 120_000);

      it(`keeps every acknowledged write and a sound file across ${KILLS_PER_SCENARIO} SIGKILLs`, async () => {
        const results: RunResult[] = [];
        for (const seed of seeds.slice(index * KILLS_PER_SCENARIO, (index + 1) * KILLS_PER_SCENARIO)) results.push(await runOnce(template, seed));
        const failures = results.flatMap((result) => result.failures.map((failure) => `seed ${result.seed} (${replayCommand(result)}): ${failure}`));
        expect(failures).toEqual([]);
        expect(
          results.some((result) => result.killed),
          'no run was killed',
        ).toBe(true);
      }, 240_000);
    });
  }
});
