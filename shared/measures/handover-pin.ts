/**
 * The short PIN that ends a hand-over instead of the passphrase. Digits only, so it can never be
 * taken for a passphrase (those are at least PASSPHRASE_POLICY.minLength long), and so one field
 * on the hand-back screen takes either.
 */
export const HANDOVER_PIN = { minLength: 4, maxLength: 8 } as const;

const PIN_SHAPE = new RegExp(`^[0-9]{${HANDOVER_PIN.minLength},${HANDOVER_PIN.maxLength}}$`);

export function isPinShaped(secret: string): boolean {
  return PIN_SHAPE.test(secret);
}

/**
 * Wrong PINs one hand-over allows; after that only the passphrase ends it (our choice: a 4-digit
 * PIN then has 5 guesses in 10,000 per hand-over, and every hand-over is started by the therapist).
 */
export const HANDOVER_PIN_ATTEMPTS = 5;
