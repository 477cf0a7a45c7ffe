import { z } from 'zod';
import { PROMPT_PHASES } from '../prompts/prompt-phases';
import { epochMillisSchema, idSchema, requiredText } from './fields';

export const PROMPT_TEXT_MAX = 1000;

export const promptSchema = z.strictObject({
  id: idSchema,
  phase: z.enum(PROMPT_PHASES),
  text: z.string(),
  /** The team's library (seeded) or the therapist's own. */
  isOwn: z.boolean(),
  archivedAt: epochMillisSchema.nullable(),
  updatedAt: epochMillisSchema,
});
export type Prompt = z.infer<typeof promptSchema>;

const byId = z.strictObject({ id: idSchema });

export const promptsMethods = {
  'prompts.list': {
    input: z.strictObject({ includeArchived: z.boolean().optional() }),
    output: z.strictObject({ prompts: z.array(promptSchema) }),
    whileLocked: false,
  },
  /** Without an id, a new prompt of the therapist's own; with one, an edit. */
  'prompts.save': {
    input: z.strictObject({ id: idSchema.optional(), phase: z.enum(PROMPT_PHASES), text: requiredText(PROMPT_TEXT_MAX) }),
    output: promptSchema,
    whileLocked: false,
  },
  'prompts.archive': { input: byId, output: promptSchema, whileLocked: false },
  'prompts.restore': { input: byId, output: promptSchema, whileLocked: false },
  /** The prompts planned for a session's follow-up, in order. */
  'prompts.sessionPlan': {
    input: z.strictObject({ sessionId: idSchema }),
    output: z.strictObject({ prompts: z.array(promptSchema) }),
    whileLocked: false,
  },
  'prompts.setSessionPlan': {
    input: z.strictObject({ sessionId: idSchema, promptIds: z.array(idSchema).max(40) }),
    output: z.strictObject({ prompts: z.array(promptSchema) }),
    whileLocked: false,
  },
} as const;
