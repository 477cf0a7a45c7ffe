import { z } from 'zod';

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
} as const;
