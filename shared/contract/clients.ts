import { z } from 'zod';
import { CLIENT_SEXES } from '../clients/client-sex';
import { calendarDateSchema, epochMillisSchema, FIELD_LIMITS, idSchema, optionalText, requiredText } from './fields';

export const clientSchema = z.strictObject({
  id: idSchema,
  displayName: z.string(),
  preferredName: z.string().nullable(),
  pronouns: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  sex: z.enum(CLIENT_SEXES).nullable(),
  about: z.string().nullable(),
  archivedAt: epochMillisSchema.nullable(),
  createdAt: epochMillisSchema,
  updatedAt: epochMillisSchema,
});
export type Client = z.infer<typeof clientSchema>;

const clientFields = {
  displayName: requiredText(FIELD_LIMITS.name),
  preferredName: optionalText(FIELD_LIMITS.name),
  pronouns: optionalText(FIELD_LIMITS.pronouns),
  dateOfBirth: calendarDateSchema
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  /** Asked by the REMS form; absent or null is "not recorded". */
  sex: z
    .enum(CLIENT_SEXES)
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  /** A short free-text field: context, not clinical notes. */
  about: optionalText(FIELD_LIMITS.clientNote),
};

export const clientDraftSchema = z.strictObject(clientFields);

/** Where each active client stands, for the client list: counts and times only. */
export const caseloadFactsSchema = z.strictObject({
  clientId: idSchema,
  lastDosedAt: epochMillisSchema.nullable(),
  plannedSessions: z.number().int().min(0),
  draftNotes: z.number().int().min(0),
  openHomework: z.number().int().min(0),
  /** The active course's next suggested dose (dose null: a maintenance dose); null without one. */
  nextDose: z.strictObject({ date: z.string(), dose: z.number().int().min(1).nullable(), total: z.number().int().min(0), overdue: z.boolean() }).nullable(),
});
export type CaseloadFacts = z.infer<typeof caseloadFactsSchema>;
export type ClientDraft = z.input<typeof clientDraftSchema>;

const byId = z.strictObject({ id: idSchema });

export const clientsMethods = {
  'clients.list': {
    input: z.strictObject({
      query: z.string().max(FIELD_LIMITS.search).optional(),
      archived: z.boolean().optional(),
    }),
    output: z.strictObject({ clients: z.array(clientSchema) }),
    whileLocked: false,
  },
  'clients.get': { input: byId, output: clientSchema, whileLocked: false },
  /** Active clients with anything to show: last dose, planned sessions, notes to finish, open homework, the course's next dose. */
  'clients.caseload': { input: z.strictObject({}), output: z.strictObject({ facts: z.array(caseloadFactsSchema) }), whileLocked: false },
  'clients.create': { input: clientDraftSchema, output: clientSchema, whileLocked: false },
  'clients.update': {
    input: z.strictObject({ id: idSchema, ...clientFields }),
    output: clientSchema,
    whileLocked: false,
  },
  'clients.archive': { input: byId, output: clientSchema, whileLocked: false },
  'clients.restore': { input: byId, output: clientSchema, whileLocked: false },
} as const;
