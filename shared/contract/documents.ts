import { z } from 'zod';
import { exportPassphraseSchema } from './exports';
import { epochMillisSchema, idSchema } from './fields';

/** The therapist's words for the prescriber: a short paragraph, not a note. */
export const PRESCRIBER_SUMMARY_MAX = 2000;

/** A summary made for the prescriber: the words as written into the PDF, and when it was made. */
const madePrescriberSummary = z.strictObject({ summary: z.string(), madeAt: epochMillisSchema });
export type MadePrescriberSummary = z.infer<typeof madePrescriberSummary>;

export const documentsMethods = {
  /** Prints what the window shows (a form laid out for print) to a PDF the therapist saves. */
  'documents.exportPdf': {
    input: z.strictObject({
      /** A default file name only; it must not carry a client's name (file names end up in recent-files lists). */
      suggestedFileName: z
        .string()
        .min(5)
        .max(100)
        .regex(/^[A-Za-z0-9 ._-]+\.pdf$/, 'Letters, digits, spaces, dots, dashes; ending .pdf'),
    }),
    output: z.strictObject({ saved: z.boolean() }),
    whileLocked: false,
  },
  /**
   * A discharged dosing session as a PDF for the prescriber (doses, times, vitals with a chart and
   * alerts, sedation, adverse events, discharge checklist, latest measures) with the therapist's
   * summary; never any note text. The passphrase first, as for every export (WRONG_SECRET, nothing
   * written); CONFLICT for a session not discharged or never dosed. `made` is null when the save
   * dialog was cancelled; otherwise the summary is kept with the time it was made.
   */
  'documents.prescriberSummary': {
    input: z.strictObject({
      sessionId: idSchema,
      summary: z.string().trim().min(1, 'Write a short summary').max(PRESCRIBER_SUMMARY_MAX),
      passphrase: exportPassphraseSchema,
    }),
    output: z.strictObject({ saved: z.boolean(), fileName: z.string().nullable(), made: madePrescriberSummary.nullable() }),
    whileLocked: false,
  },
  /** The last summary made for the prescriber for this session, or null. */
  'documents.lastPrescriberSummary': {
    input: z.strictObject({ sessionId: idSchema }),
    output: z.strictObject({ made: madePrescriberSummary.nullable() }),
    whileLocked: false,
  },
} as const;
