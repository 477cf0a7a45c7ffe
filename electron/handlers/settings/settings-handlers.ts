import type { RecordStore } from '../../../db/record-store';
import { AUDIT_RETENTION_YEARS } from '../../../shared/contract/audit';
import { BACKUP_KEEP_DAILY, BACKUP_KEEP_MONTHLY, BACKUP_WARN_AFTER_DAYS } from '../../../shared/contract/backups';
import {
  DOSED_IDLE_LOCK_MINUTES,
  IDLE_LOCK_MINUTES,
  idleLockMinutesFor,
  NOTES_TO_FINISH_DAYS,
  settingsSchema,
  type Settings,
} from '../../../shared/contract/settings';
import { DEFAULT_CONTRAINDICATIONS } from '../../../shared/evaluation/contraindications';
import { DEFAULT_FOLLOW_UP_LADDER } from '../../../shared/follow-up/follow-up-ladder';
import { DEFAULT_VITAL_THRESHOLDS } from '../../../shared/session/vital-thresholds';
import { DEFAULT_SIDE_EFFECT_ITEMS } from '../../../shared/side-effects/side-effect-items';
import type { FeatureHandlers } from '../../rpc/handler-types';

const DEFAULT_SETTINGS: Settings = {
  idleLockMinutes: IDLE_LOCK_MINUTES.default,
  dosedIdleLockMinutes: DOSED_IDLE_LOCK_MINUTES.default,
  cueSound: false,
  vitalThresholds: DEFAULT_VITAL_THRESHOLDS,
  clinicianName: null,
  clinicName: null,
  notesToFinishAfterDays: NOTES_TO_FINISH_DAYS.default,
  backupKeepDaily: BACKUP_KEEP_DAILY.default,
  backupKeepMonthly: BACKUP_KEEP_MONTHLY.default,
  backupWarnAfterDays: BACKUP_WARN_AFTER_DAYS.default,
  auditRetentionYears: AUDIT_RETENTION_YEARS.default,
  sideEffectItems: [...DEFAULT_SIDE_EFFECT_ITEMS],
  contraindications: [...DEFAULT_CONTRAINDICATIONS],
  followUpLadder: DEFAULT_FOLLOW_UP_LADDER,
  screenProtection: true,
};

/** Stored settings over the defaults; a damaged value falls back to its default instead of failing. */
export function readSettings(records: RecordStore): Settings {
  const stored = Object.fromEntries(
    (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).flatMap((key) => {
      const field = settingsSchema.shape[key].safeParse(records.settings.get(key));
      return field.success ? [[key, field.data]] : [];
    }),
  );
  return { ...DEFAULT_SETTINGS, ...stored };
}

/** The idle lock that applies now: the longer one while a dosed session runs. */
export function currentIdleLockMinutes(records: RecordStore): number {
  return idleLockMinutesFor(readSettings(records), records.sessions.active()?.status === 'dosed');
}

export const settingsHandlers: FeatureHandlers<'settings.get' | 'settings.update' | 'settings.screen'> = {
  'settings.get': (_input, { records }) => readSettings(records()),
  'settings.update': (changes, { records, now, platform }) => {
    const store = records();
    store.transaction(() => {
      const keys = Object.entries(changes).flatMap(([key, value]) => (value === undefined ? [] : [key]));
      for (const key of keys) store.settings.put(key, changes[key as keyof Settings]);
      // Which settings, not their values: a clinic or clinician name is not the log's business.
      if (keys.length > 0) store.audit.append({ at: now(), kind: 'settings-changed', detail: { settings: keys.sort().join(', ') } });
    });
    if (changes.screenProtection !== undefined) platform.protectContent(changes.screenProtection);
    return readSettings(store);
  },
  'settings.screen': (_input, { platform }) => ({ ...platform.screen }),
};
