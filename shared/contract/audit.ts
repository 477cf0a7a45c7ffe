import { z } from 'zod';
import { epochMillisSchema, FIELD_LIMITS, idSchema } from './fields';

/**
 * What the audit log records. Each entry holds a kind, an optional record id and a few facts
 * (a lock reason, a format, the names of changed settings), never a name or a word of a record.
 */
export const AUDIT_KINDS = [
  'vault-created',
  'unlock',
  'unlock-failed',
  'lock',
  'note-signed',
  'addendum-signed',
  'record-exported',
  'document-exported',
  'backup-made',
  'backup-restored',
  'key-rotated',
  'passphrase-changed',
  'recovery-code-changed',
  'key-file-adopted',
  'settings-changed',
  'handover-started',
  'handover-ended',
  'handover-pin-refused',
  'handover-pin-changed',
  'records-checked',
  'audit-exported',
  'audit-pruned',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_KIND_LABELS: Record<AuditKind, string> = {
  'vault-created': 'Vault created',
  unlock: 'Unlocked',
  'unlock-failed': 'Failed unlock',
  lock: 'Locked',
  'note-signed': 'Note signed',
  'addendum-signed': 'Addendum signed',
  'record-exported': 'Record exported',
  'document-exported': 'Document exported',
  'backup-made': 'Backup made',
  'backup-restored': 'Backup restored',
  'key-rotated': 'Database key rotated',
  'passphrase-changed': 'Passphrase changed',
  'recovery-code-changed': 'Recovery code changed',
  'key-file-adopted': 'Key file brought back',
  'settings-changed': 'Settings changed',
  'handover-started': 'Screen handed to the client',
  'handover-ended': 'Screen taken back',
  'handover-pin-refused': 'Wrong hand-over PIN',
  'handover-pin-changed': 'Hand-over PIN changed',
  'records-checked': 'Records checked',
  'audit-exported': 'Audit log exported',
  'audit-pruned': 'Old entries removed',
};

/** Facts beside the kind: short words and numbers only, so no record text can ride along. */
export const auditDetailSchema = z.record(z.string().max(40), z.union([z.string().max(500), z.number(), z.boolean(), z.null()]));
export type AuditDetail = z.infer<typeof auditDetailSchema>;

export const auditEntrySchema = z.strictObject({
  seq: z.number().int().min(1),
  at: epochMillisSchema,
  kind: z.enum(AUDIT_KINDS),
  subjectId: z.string().nullable(),
  detail: auditDetailSchema.nullable(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** The most entries one read answers; a wider range is narrowed, and the answer says so. */
export const AUDIT_LIST_LIMIT = 5000;

/**
 * At least six years (a common floor for keeping health records and their access logs; docs/clinical.md).
 * The schema refuses to delete a younger entry whatever this says.
 */
export const AUDIT_RETENTION_YEARS = { min: 6, max: 100, default: 6 } as const;

const chainProblemSchema = z.strictObject({
  seq: z.number().int(),
  problem: z.enum(['edited', 'missing', 'reordered']),
});
export type AuditChainProblem = z.infer<typeof chainProblemSchema>;

const signatureProblemSchema = z.strictObject({
  noteId: idSchema,
  clientId: idSchema,
  addendumId: idSchema.nullable(),
  signedAt: epochMillisSchema,
});
export type SignatureProblem = z.infer<typeof signatureProblemSchema>;

export const recordsCheckSchema = z.strictObject({
  checkedAt: epochMillisSchema,
  entriesChecked: z.number().int(),
  chainProblems: z.array(chainProblemSchema),
  notesChecked: z.number().int(),
  addendaChecked: z.number().int(),
  signatureProblems: z.array(signatureProblemSchema),
});
export type RecordsCheck = z.infer<typeof recordsCheckSchema>;

const range = z
  .strictObject({ from: epochMillisSchema, to: epochMillisSchema })
  .refine((value) => value.from < value.to, { message: 'The range ends before it starts', path: ['to'] });

export const auditMethods = {
  /** Entries with `from <= at < to`, newest first, at most AUDIT_LIST_LIMIT; `truncated` says more matched. */
  'audit.list': {
    input: z.strictObject({ range, kinds: z.array(z.enum(AUDIT_KINDS)).max(AUDIT_KINDS.length).optional() }),
    output: z.strictObject({ entries: z.array(auditEntrySchema), truncated: z.boolean() }),
    whileLocked: false,
  },
  /** Verifies the whole chain and every signed note's and addendum's hash, and records that it did. */
  'audit.checkRecords': { input: z.strictObject({}), output: recordsCheckSchema, whileLocked: false },
  /** The entries of a range as JSON, after the passphrase; like every export, recorded. */
  'audit.export': {
    input: z.strictObject({ range, passphrase: z.string().min(1, 'Required').max(FIELD_LIMITS.passphrase) }),
    output: z.strictObject({ saved: z.boolean(), fileName: z.string().nullable() }),
    whileLocked: false,
  },
} as const;
