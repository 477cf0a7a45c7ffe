import type { RecordStore } from '../../../db/record-store';
import { BACKUP_KEEP_DAILY, BACKUP_KEEP_MONTHLY, BACKUP_WARN_AFTER_DAYS } from '../../../shared/contract/backups';
import { DOSED_IDLE_LOCK_MINUTES, IDLE_LOCK_MINUTES, NOTES_TO_FINISH_DAYS, settingsSchema, type Settings } from '../../../shared/contract/settings';
import { DEFAULT_VITAL_THRESHOLDS } from '../../../shared/session/vital-thresholds';
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

export const settingsHandlers: FeatureHandlers<'settings.get' | 'settings.update' | 'settings.screen'> = {
  'settings.get': (_input, { records }) => readSettings(records()),
  'settings.update': (changes, { records, platform }) => {
    const store = records();
    store.transaction(() => {
      for (const [key, value] of Object.entries(changes)) if (value !== undefined) store.settings.put(key, value);
    });
    if (changes.screenProtection !== undefined) platform.protectContent(changes.screenProtection);
    return readSettings(store);
  },
  'settings.screen': (_input, { platform }) => ({ ...platform.screen }),
};
