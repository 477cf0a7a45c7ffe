import type { AppCore } from '../../electron/app-core';
import type { RecordStore } from '../../db/record-store';
import type { Platform } from '../../electron/platform';
import type { Prng } from '../../tools/seed/prng';
import type { AsFound } from './vault-access';

/** JSON-safe facts a scenario's template (and each run) hands to its child and to its check. */
export type Facts = Record<string, unknown>;

/** One record the child wrote to stdout: ids, numbers and digests, never client text. */
export type ChildRecord = Record<string, unknown>;

/** What the child printed before it died, in order. */
export interface ChildTranscript {
  marks: string[];
  /** Writes the child started (printed just before dispatch), in order. */
  intents: ChildRecord[];
  /** Writes dispatch answered ok (printed just after), in order. */
  acks: ChildRecord[];
}

/** The child side of a scenario: runs in its own process, which the parent SIGKILLs. */
export interface ChildContext {
  vaultDir: string;
  facts: Facts;
  prng: Prng;
  /**
   * Unlocks the copied vault the way the app does (Argon2id and all) and answers the core.
   * `markWhenKeyDerived` prints that mark the moment Argon2id finishes, so a kill can be aimed
   * at what follows it (opening the database, running migrations). `platform` answers the
   * folder and file dialogs (default: none, as in the browser preview).
   */
  unlockedCore: (options?: { markWhenKeyDerived?: string; platform?: Platform }) => Promise<AppCore>;
  /** A named point in the workload; kill windows are measured from marks. */
  mark: (name: string) => void;
  /** About to dispatch this write. */
  intent: (record: ChildRecord) => void;
  /** Dispatch answered ok for this write. */
  ack: (record: ChildRecord) => void;
}

/** The parent side after the kill. The harness has already checked integrity as found and after reopening. */
export interface VerifyContext {
  facts: Facts;
  transcript: ChildTranscript;
  /** The crashed vault inspected before the app touched it (on a copy): integrity, version, schema. */
  asFound: AsFound;
  /** The crashed vault reopened by the app's own Vault.unlock (WAL recovery, migrations); closed by the harness. */
  store: RecordStore;
  /** The passphrase that opened it: one of `secrets()`, CRASH_PASSPHRASE unless the scenario says otherwise. */
  openedWith: string;
}

/**
 * When the parent kills: a random delay (from the run's seed) in [0, window] after the child
 * prints `afterMark`. With `untilMark` the window is measured once per template by letting one
 * child run to that mark unkilled, and is 1.25 times what that took (for short phases such as a
 * migration at unlock, whose length depends on the machine).
 */
export type KillWindow = { afterMark: string; maxDelayMs: number } | { afterMark: string; untilMark: string; minWindowMs: number };

export interface CrashScenario {
  /** Stable, kebab-case: used on the command line and in seeds printed for replay. */
  name: string;
  /** One line for the summary. */
  summary: string;
  kill: KillWindow;
  /**
   * Builds the vault every run starts from, once per scenario; `vaultDir` is copied for each run.
   * `spareDir` is the scenario's own (not copied) for other fixtures, e.g. older database files.
   */
  buildTemplate: (vaultDir: string, spareDir: string) => Promise<Facts>;
  /** Optional per-run adjustment of the copied vault (e.g. which old schema to start from); answers the run's facts. */
  prepareRun?: (run: { vaultDir: string; runDir: string; spareDir: string; facts: Facts; prng: Prng }) => Facts | Promise<Facts>;
  /**
   * The passphrases the vault may open with after the kill, tried in order (default: the test
   * passphrase). A scenario that changes secrets or keys answers both old and new, and checks
   * `openedWith` against what the child acknowledged. `runDir` (above) holds extra files for
   * one run, such as backups written by the child; it is removed with the run.
   */
  secrets?: (context: { facts: Facts; transcript: ChildTranscript }) => string[];
  /** The child's workload. Endless workloads loop until killed; a finite one returns. */
  workload: (context: ChildContext) => Promise<void>;
  /** Checks what the reopened vault holds against what the child acknowledged; answers failures. */
  verify: (context: VerifyContext) => string[] | Promise<string[]>;
  /**
   * Short text describing how the run ended, counted in the summary (e.g. the schema version a
   * killed migration left). Optional.
   */
  outcome?: (context: VerifyContext) => string;
}
