import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createPrng } from '../../tools/seed/prng';
import { parseTranscript } from './child-protocol';
import type { CrashScenario, Facts, VerifyContext } from './scenario';
import { CRASH_PASSPHRASE, inspectAsFound, integrityCheck, type OpenedAsFound, reopenAsTheApp, searchIndexCheck } from './vault-access';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
/** A child that never reaches its kill mark is stuck; fail the run rather than hang. */
const MARK_TIMEOUT_MS = 60_000;

const liveChildren = new Set<ChildProcess>();

/** SIGKILLs any child still running (an interrupted batch, a timed-out test): endless workloads never stop by themselves. */
export function killLiveChildren(): void {
  for (const child of liveChildren) child.kill('SIGKILL');
  liveChildren.clear();
}
process.on('exit', killLiveChildren);

/** Where one harness invocation keeps its templates and runs; remove() deletes all of it. */
export interface Workspace {
  root: string;
  remove: () => void;
}

export function createWorkspace(): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'kap-crash-'));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface Template {
  scenario: CrashScenario;
  dir: string;
  vaultDir: string;
  spareDir: string;
  facts: Facts;
  /** Kill delays are drawn from [0, windowMs) after the kill mark. */
  windowMs: number;
}

export interface RunResult {
  scenario: string;
  seed: number;
  /** The child was still running when SIGKILL was sent, and died of it. */
  killed: boolean;
  delayMs: number;
  acks: number;
  outcome: string;
  failures: string[];
  /** Kept for a look when a run failed and keepFailed was asked. */
  keptDir?: string;
}

interface ChildExit {
  lines: string[];
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** performance.now() when the parent read each mark. */
  markTimes: Map<string, number>;
  sentKill: boolean;
}

/** Runs the child on a vault folder; SIGKILLs it `delayMs` after it prints `afterMark` (never, if null). */
function runChild(scenario: CrashScenario, vaultDir: string, factsPath: string, seed: number, afterMark: string, delayMs: number | null): Promise<ChildExit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, scenario.name, vaultDir, factsPath, String(seed)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    liveChildren.add(child);
    const exit: ChildExit = { lines: [], stderr: '', code: null, signal: null, markTimes: new Map(), sentKill: false };
    const kill = () => {
      if (exit.sentKill || child.exitCode !== null || child.signalCode !== null) return;
      exit.sentKill = true;
      child.kill('SIGKILL');
    };
    const stuck = setTimeout(kill, MARK_TIMEOUT_MS);
    createInterface({ input: child.stdout }).on('line', (line) => {
      exit.lines.push(line);
      if (!line.startsWith('{"t":"mark"')) return;
      const name = (JSON.parse(line) as { name: string }).name;
      if (!exit.markTimes.has(name)) exit.markTimes.set(name, performance.now());
      if (name === afterMark && delayMs !== null) {
        clearTimeout(stuck);
        setTimeout(kill, delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      exit.stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      liveChildren.delete(child);
      clearTimeout(stuck);
      resolve({ ...exit, code, signal });
    });
  });
}

/** A fresh copy of the template vault, prepared for one run, in its own folder under the template's. */
async function prepareRunFolder(template: Template, seed: number) {
  const prng = createPrng(seed);
  const runDir = mkdtempSync(join(template.dir, 'run-'));
  const vaultDir = join(runDir, 'vault');
  cpSync(template.vaultDir, vaultDir, { recursive: true });
  const facts = template.scenario.prepareRun
    ? await template.scenario.prepareRun({ vaultDir, runDir, spareDir: template.spareDir, facts: template.facts, prng })
    : template.facts;
  const factsPath = join(runDir, 'facts.json');
  writeFileSync(factsPath, JSON.stringify(facts));
  return { prng, runDir, vaultDir, facts, factsPath };
}

/** Builds the scenario's template vault once (Argon2id runs here), and measures its kill window if it asks. */
export async function buildTemplate(scenario: CrashScenario, workspace: Workspace): Promise<Template> {
  const dir = join(workspace.root, scenario.name);
  const vaultDir = join(dir, 'template-vault');
  const spareDir = join(dir, 'spare');
  mkdirSync(spareDir, { recursive: true, mode: 0o700 });
  const facts = await scenario.buildTemplate(vaultDir, spareDir);
  const template: Template = { scenario, dir, vaultDir, spareDir, facts, windowMs: 0 };
  const { kill } = scenario;
  if ('maxDelayMs' in kill) {
    template.windowMs = kill.maxDelayMs;
    return template;
  }
  // One unkilled run; the window is a quarter more than it took (more of the kills land inside it).
  let longest = 0;
  for (const seed of [1]) {
    const run = await prepareRunFolder(template, seed);
    try {
      const exit = await runChild(scenario, run.vaultDir, run.factsPath, seed, kill.afterMark, null);
      const from = exit.markTimes.get(kill.afterMark);
      const until = exit.markTimes.get(kill.untilMark);
      if (exit.code !== 0 || from === undefined || until === undefined) {
        throw new Error(`${scenario.name}: calibration run failed (exit ${exit.code}): ${exit.stderr.trim().slice(0, 500)}`);
      }
      longest = Math.max(longest, until - from);
    } finally {
      rmSync(run.runDir, { recursive: true, force: true });
    }
  }
  template.windowMs = Math.max(kill.minWindowMs, Math.ceil(longest * 1.25));
  return template;
}

/** One run: copy, spawn, kill at the seeded moment, reopen, check. Same seed, same delay and workload. */
export async function runOnce(template: Template, seed: number, options: { keepFailed?: boolean } = {}): Promise<RunResult> {
  const { scenario } = template;
  const run = await prepareRunFolder(template, seed);
  const delayMs = Math.floor(run.prng.next() * template.windowMs);
  const childSeed = run.prng.int(0, 0x7fffffff);
  const result: RunResult = { scenario: scenario.name, seed, killed: false, delayMs, acks: 0, outcome: '', failures: [] };
  try {
    const exit = await runChild(scenario, run.vaultDir, run.factsPath, childSeed, scenario.kill.afterMark, delayMs);
    const transcript = parseTranscript(exit.lines);
    result.acks = transcript.acks.length;
    result.killed = exit.sentKill && exit.signal === 'SIGKILL';
    if (!exit.markTimes.has(scenario.kill.afterMark)) result.failures.push(`the child never printed "${scenario.kill.afterMark}"`);
    if (!result.killed && exit.code !== 0) result.failures.push(`the child failed before the kill (exit ${exit.code}): ${exit.stderr.trim().slice(0, 500)}`);
    if (transcript.unparsed.length > 0) result.failures.push(`the child printed lines that are not JSON: ${transcript.unparsed.join(' | ')}`);
    if (result.failures.length > 0) return result;

    // The secrets the vault may open with now (one, unless the scenario changes keys).
    const secrets = scenario.secrets?.({ facts: run.facts, transcript }) ?? [CRASH_PASSPHRASE];
    let opened: OpenedAsFound;
    try {
      opened = await inspectAsFound(run.vaultDir, secrets);
    } catch (error) {
      result.failures.push(`the crashed database does not open as found: ${describe(error)}`);
      return result;
    }
    const { asFound } = opened;
    if (asFound.integrity.join('\n') !== 'ok') result.failures.push(`integrity_check as found: ${asFound.integrity.slice(0, 5).join('; ')}`);

    let reopened: Awaited<ReturnType<typeof reopenAsTheApp>>;
    try {
      reopened = await reopenAsTheApp(run.vaultDir, opened.secret);
    } catch (error) {
      result.failures.push(`the app could not reopen the vault: ${describe(error)}`);
      return result;
    }
    try {
      const integrity = integrityCheck(reopened.store.db);
      if (integrity.join('\n') !== 'ok') result.failures.push(`integrity_check after reopening: ${integrity.slice(0, 5).join('; ')}`);
      const searchIndex = searchIndexCheck(reopened.store.db);
      if (searchIndex !== null) result.failures.push(`the search index does not match its documents after reopening: ${searchIndex}`);
      const context: VerifyContext = { facts: run.facts, transcript, asFound, store: reopened.store, openedWith: opened.secret };
      result.failures.push(...(await scenario.verify(context)));
      result.outcome = scenario.outcome?.(context) ?? '';
    } finally {
      reopened.close();
    }
    return result;
  } catch (error) {
    result.failures.push(`the harness failed: ${describe(error)}`);
    return result;
  } finally {
    if (result.failures.length > 0 && options.keepFailed) result.keptDir = run.runDir;
    else rmSync(run.runDir, { recursive: true, force: true });
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error ? ` ${String(error.code)}` : '';
  return `${error.name}${code}: ${error.message}`;
}

/** Run seeds for one invocation, derived from its seed so the whole batch can be replayed too. */
export function runSeeds(seed: number, count: number): number[] {
  const prng = createPrng(seed);
  return Array.from({ length: count }, () => prng.int(1, 0x7fffffff));
}

export function replayCommand(result: Pick<RunResult, 'scenario' | 'seed'>): string {
  return `npm run crash -- --scenario ${result.scenario} --replay ${result.seed}`;
}
