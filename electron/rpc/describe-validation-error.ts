import type { z } from 'zod';

const MAX_LISTED = 3;
/** Unknown keys come from the caller: name a few, shortened, and count the rest, so the answer stays short whatever was sent. */
const MAX_KEYS_NAMED = 5;
const MAX_NAME_CHARS = 40;
/** A path can run as deep as a recursive input (a note's nodes) and hold record keys the caller chose. */
const MAX_FIELD_CHARS = 120;

/**
 * One sentence naming the fields that failed and why, from zod's issues. Zod's messages state
 * the rule ("Too big: expected string to have <=200 characters"), never the rejected value.
 */
export function describeValidationError(error: z.ZodError): string {
  const parts = error.issues.slice(0, MAX_LISTED).map((issue) => {
    const field = issue.path.length ? shorten(issue.path.map((segment) => shorten(String(segment), MAX_NAME_CHARS)).join('.'), MAX_FIELD_CHARS) : 'input';
    if (issue.code === 'unrecognized_keys') return `${field}: unexpected field(s) ${describeKeys(issue.keys)}`;
    return `${field}: ${issue.message}`;
  });
  const more = error.issues.length > MAX_LISTED ? ` (and ${error.issues.length - MAX_LISTED} more)` : '';
  return `${parts.join('; ')}${more}`;
}

function describeKeys(keys: readonly string[]): string {
  const named = keys
    .slice(0, MAX_KEYS_NAMED)
    .map((key) => `"${shorten(key, MAX_NAME_CHARS)}"`)
    .join(', ');
  return keys.length > MAX_KEYS_NAMED ? `${named} and ${keys.length - MAX_KEYS_NAMED} more` : named;
}

function shorten(text: string, maxChars: number): string {
  return text.length > maxChars ? `${text.slice(0, maxChars)}…` : text;
}
