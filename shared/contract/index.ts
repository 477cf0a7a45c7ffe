import { z } from 'zod';
import { auditMethods } from './audit';
import { backupsMethods } from './backups';
import { clientsMethods } from './clients';
import { coursesMethods } from './courses';
import { documentsMethods } from './documents';
import { evaluationsMethods } from './evaluations';
import { exportsMethods } from './exports';
import { handoverMethods } from './handover';
import { followUpsMethods } from './follow-ups';
import { homeworkMethods } from './homework';
import { measuresMethods } from './measures';
import { notesMethods } from './notes';
import { promptsMethods } from './prompts';
import { searchMethods } from './search';
import { protocolsMethods } from './protocols';
import { sessionsMethods } from './sessions';
import { settingsMethods } from './settings';
import { sideEffectsMethods } from './side-effects';
import { todayMethods } from './today';
import { LOCK_REASONS, vaultMethods } from './vault';

export * from './errors';
export * from './fields';
export * from './vault';
export * from './clients';
export * from './documents';
export * from './protocols';
export * from './sessions';
export * from './settings';
export * from './notes';
export * from './homework';
export * from './measures';
export * from './prompts';
export * from './search';
export * from './exports';
export * from './backups';
export * from './courses';
export * from './evaluations';
export * from './today';
export * from './audit';
export * from './handover';
export * from './side-effects';
export * from './follow-ups';
export * from './follow-up-contact';
export * from './rpc-client';

/** Every method the renderer may call: name -> input and output schemas. The one source of truth. */
export const methods = {
  ...vaultMethods,
  ...clientsMethods,
  ...settingsMethods,
  ...protocolsMethods,
  ...sessionsMethods,
  ...documentsMethods,
  ...notesMethods,
  ...homeworkMethods,
  ...measuresMethods,
  ...promptsMethods,
  ...searchMethods,
  ...exportsMethods,
  ...backupsMethods,
  ...coursesMethods,
  ...evaluationsMethods,
  ...todayMethods,
  ...auditMethods,
  ...handoverMethods,
  ...sideEffectsMethods,
  ...followUpsMethods,
} as const;

export type MethodName = keyof typeof methods;
export type MethodInput<M extends MethodName> = z.input<(typeof methods)[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<(typeof methods)[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<(typeof methods)[M]['output']>;

/** Push events from main to the renderer. */
export const events = {
  'vault.locked': z.strictObject({ reason: z.enum(LOCK_REASONS) }),
  /**
   * Main wants to lock (menu, OS screen lock, system idle): the renderer saves what is being typed,
   * then locks. Main locks by itself after a short grace period if the renderer does not.
   */
  'vault.lockRequested': z.strictObject({ reason: z.enum(LOCK_REASONS) }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methods, name);
}

/** What the preload exposes as `window.kap`; the browser harness provides the same shape. */
export interface KapBridge {
  invoke: (method: string, input: unknown) => Promise<unknown>;
  on: (event: string, listener: (payload: unknown) => void) => () => void;
}
