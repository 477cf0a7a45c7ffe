import { z } from 'zod';
import { contraindicationListSchema } from '../evaluation/contraindications';
import { followUpLadderSchema } from '../follow-up/follow-up-ladder';
import { thresholdListSchema } from '../session/vital-thresholds';
import { AUDIT_RETENTION_YEARS } from './audit';
import { sideEffectItemListSchema } from '../side-effects/side-effect-items';
import { BACKUP_KEEP_DAILY, BACKUP_KEEP_MONTHLY, BACKUP_WARN_AFTER_DAYS } from './backups';
import { emptyInput, FIELD_LIMITS } from './fields';

export const IDLE_LOCK_MINUTES = { min: 1, max: 240, default: 10 } as const;

/**
 * The idle lock while a dosed session runs: the peak is mostly silent, and a lock every ten
 * minutes pulls the therapist's attention off the client. Our choice, not a clinical source
 * (docs/clinical.md, section 4).
 */
export const DOSED_IDLE_LOCK_MINUTES = { min: 1, max: 240, default: 30 } as const;

/** The idle time that applies now: the longer one while a dose has been given and the session not yet discharged. */
export function idleLockMinutesFor(settings: Pick<Settings, 'idleLockMinutes' | 'dosedIdleLockMinutes'>, dosedSessionRunning: boolean): number {
  return dosedSessionRunning ? settings.dosedIdleLockMinutes : settings.idleLockMinutes;
}

/**
 * When an unsigned note joins "notes to finish". A clinic preference, not a rule: many practices
 * expect notes within a few days, and prescribers chase missing KAP session notes (docs/clinical.md, section 8).
 */
export const NOTES_TO_FINISH_DAYS = { min: 1, max: 60, default: 3 } as const;

export const settingsSchema = z.strictObject({
  idleLockMinutes: z.number().int().min(IDLE_LOCK_MINUTES.min).max(IDLE_LOCK_MINUTES.max),
  dosedIdleLockMinutes: z.number().int().min(DOSED_IDLE_LOCK_MINUTES.min).max(DOSED_IDLE_LOCK_MINUTES.max),
  /** Cues are silent unless the therapist turns sound on. */
  cueSound: z.boolean(),
  vitalThresholds: thresholdListSchema,
  /** The name a signature carries; asked for at the first signing and remembered. */
  clinicianName: z.string().trim().min(1).max(FIELD_LIMITS.name).nullable(),
  /** Printed at the head of exported records when set. */
  clinicName: z.string().trim().min(1).max(FIELD_LIMITS.name).nullable(),
  notesToFinishAfterDays: z.number().int().min(NOTES_TO_FINISH_DAYS.min).max(NOTES_TO_FINISH_DAYS.max),
  /** Backup rotation: the newest backup of each of this many days, and of this many months. */
  backupKeepDaily: z.number().int().min(BACKUP_KEEP_DAILY.min).max(BACKUP_KEEP_DAILY.max),
  backupKeepMonthly: z.number().int().min(BACKUP_KEEP_MONTHLY.min).max(BACKUP_KEEP_MONTHLY.max),
  /** The client list warns when the last good backup is older than this. */
  backupWarnAfterDays: z.number().int().min(BACKUP_WARN_AFTER_DAYS.min).max(BACKUP_WARN_AFTER_DAYS.max),
  /** Audit entries older than this are removed at unlock; never fewer than six years (the schema holds the floor too). */
  auditRetentionYears: z.number().int().min(AUDIT_RETENTION_YEARS.min).max(AUDIT_RETENTION_YEARS.max),
  /** The side-effect checklist after each dose; a checklist keeps its labels as they read when recorded. */
  sideEffectItems: sideEffectItemListSchema,
  /** The checklist a new evaluation asks, in order; an evaluation keeps the labels it was recorded with. */
  contraindications: contraindicationListSchema,
  /** The follow-up contacts each dose proposes (shared/follow-up/follow-up-ladder.ts). */
  followUpLadder: followUpLadderSchema,
  /** The window hidden from screenshots and screen sharing (macOS, Windows); on unless turned off, e.g. for a supervision call. */
  screenProtection: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsMethods = {
  'settings.get': { input: emptyInput, output: settingsSchema, whileLocked: false },
  'settings.update': { input: settingsSchema.partial(), output: settingsSchema, whileLocked: false },
  /** What this computer's system tells the app about the screen: a lock event, and hiding the window from capture (decision 0054). */
  'settings.screen': {
    input: emptyInput,
    output: z.strictObject({ lockEvent: z.boolean(), contentProtection: z.boolean() }),
    whileLocked: false,
  },
} as const;
