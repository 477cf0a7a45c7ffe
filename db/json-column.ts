import type { z } from 'zod';

/**
 * Reads a JSON column through its schema: a damaged value raises a clear error instead of
 * travelling on as the wrong shape.
 */
export function parseJsonColumn<T extends z.ZodType>(schema: T, text: string, what: string): z.output<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DamagedRecordError(what);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new DamagedRecordError(what);
  return parsed.data;
}

/** A stored record no longer matches its schema; the message names the kind of record only. */
export class DamagedRecordError extends Error {
  constructor(what: string) {
    super(`A stored ${what} is damaged and could not be read.`);
    this.name = 'DamagedRecordError';
  }
}
