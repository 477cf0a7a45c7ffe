import type { z } from 'zod';

const MAX_LISTED = 3;

/**
 * One sentence naming the fields that failed and why, from zod's issues. Zod's messages state
 * the rule ("Too big: expected string to have <=200 characters"), never the rejected value.
 */
export function describeValidationError(error: z.ZodError): string {
  const parts = error.issues.slice(0, MAX_LISTED).map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : 'input';
    if (issue.code === 'unrecognized_keys') return `${field}: unexpected field(s) ${issue.keys.map((key) => `"${key.slice(0, 40)}"`).join(', ')}`;
    return `${field}: ${issue.message}`;
  });
  const more = error.issues.length > MAX_LISTED ? ` (and ${error.issues.length - MAX_LISTED} more)` : '';
  return `${parts.join('; ')}${more}`;
}
