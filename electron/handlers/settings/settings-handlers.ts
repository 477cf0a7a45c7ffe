import type { RecordStore } from '../../../db/record-store';
import { IDLE_LOCK_MINUTES, settingsSchema, type Settings } from '../../../shared/contract/settings';
import type { FeatureHandlers } from '../../rpc/handler-types';

const DEFAULT_SETTINGS: Settings = { idleLockMinutes: IDLE_LOCK_MINUTES.default };

/** Stored settings over the defaults; a damaged value falls back to its default instead of failing. */
export function readSettings(records: RecordStore): Settings {
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(records.settings.get(key));
    if (field.success) settings[key] = field.data;
  }
  return settings;
}

export const settingsHandlers: FeatureHandlers<'settings.get' | 'settings.update'> = {
  'settings.get': (_input, { records }) => readSettings(records()),
  'settings.update': (changes, { records }) => {
    const store = records();
    store.transaction(() => {
      for (const [key, value] of Object.entries(changes)) if (value !== undefined) store.settings.put(key, value);
    });
    return readSettings(store);
  },
};
