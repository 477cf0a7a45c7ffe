import { z } from 'zod';
import { EXPORT_FORMATS } from '../exports/record-export';
import { FIELD_LIMITS, idSchema } from './fields';

/** Asked again for every export: a record leaving the vault is the therapist's decision, made just now. */
export const exportPassphraseSchema = z.string().min(1, 'Required').max(FIELD_LIMITS.passphrase);

/** What an export answers: whether a file was written (false when the save dialog was cancelled) and its name, never its folder. */
export const exportResultSchema = z.strictObject({ saved: z.boolean(), fileName: z.string().nullable() });
export type ExportResult = z.infer<typeof exportResultSchema>;

export const exportsMethods = {
  /**
   * One client's record as JSON (docs/record-export.md) or a PDF. Private psychotherapy notes are
   * left out unless `includePrivateNotes`. WRONG_SECRET, and nothing written, if the passphrase is wrong.
   */
  'exports.clientRecord': {
    input: z.strictObject({ clientId: idSchema, format: z.enum(EXPORT_FORMATS), includePrivateNotes: z.boolean(), passphrase: exportPassphraseSchema }),
    output: exportResultSchema,
    whileLocked: false,
  },
  /** Every client, archived ones too, in one JSON file of the same per-client shape: for moving the whole practice. */
  'exports.practice': {
    input: z.strictObject({ includePrivateNotes: z.boolean(), passphrase: exportPassphraseSchema }),
    output: exportResultSchema,
    whileLocked: false,
  },
} as const;
