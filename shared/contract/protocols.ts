import { z } from 'zod';
import { protocolDefinitionSchema } from '../session/protocol';
import { ROUTES } from '../session/routes';
import { epochMillisSchema, idSchema } from './fields';

export const protocolSchema = z.strictObject({
  id: idSchema,
  route: z.enum(ROUTES),
  definition: protocolDefinitionSchema,
  isDefault: z.boolean(),
  archivedAt: epochMillisSchema.nullable(),
  updatedAt: epochMillisSchema,
});
export type Protocol = z.infer<typeof protocolSchema>;

const byId = z.strictObject({ id: idSchema });

export const protocolsMethods = {
  'protocols.list': {
    input: z.strictObject({ includeArchived: z.boolean().optional() }),
    output: z.strictObject({ protocols: z.array(protocolSchema) }),
    whileLocked: false,
  },
  /** Without an id, a new template; with one, a new version of that template (past sessions keep theirs). */
  'protocols.save': {
    input: z.strictObject({ id: idSchema.optional(), definition: protocolDefinitionSchema }),
    output: protocolSchema,
    whileLocked: false,
  },
  'protocols.archive': { input: byId, output: protocolSchema, whileLocked: false },
  'protocols.restore': { input: byId, output: protocolSchema, whileLocked: false },
} as const;
