import { z } from 'zod';
import { thresholdListSchema } from '../session/vital-thresholds';
import { emptyInput } from './fields';

export const IDLE_LOCK_MINUTES = { min: 1, max: 240, default: 10 } as const;

export const settingsSchema = z.strictObject({
  idleLockMinutes: z.number().int().min(IDLE_LOCK_MINUTES.min).max(IDLE_LOCK_MINUTES.max),
  /** Cues are silent unless the therapist turns sound on. */
  cueSound: z.boolean(),
  vitalThresholds: thresholdListSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsMethods = {
  'settings.get': { input: emptyInput, output: settingsSchema, whileLocked: false },
  'settings.update': { input: settingsSchema.partial(), output: settingsSchema, whileLocked: false },
} as const;
