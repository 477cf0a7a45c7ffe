/**
 * The one set of passphrases every test uses (unit, integration, crash and e2e). The strong ones
 * score 4 ("Strong"), which tests/unit/shared/vault/passphrase-strength.test.ts checks.
 */

/** The vault's passphrase unless a test says otherwise. */
export const STRONG_PASSPHRASE = 'lantern orchard mosaic tundra 47';
/** A second strong passphrase: the one a change, a recovery or a restore sets. */
export const OTHER_STRONG_PASSPHRASE = 'quiet harbour violet engine 93';
/** A third, for a change that follows another. */
export const THIRD_STRONG_PASSPHRASE = 'pepper lighthouse granite 58 meadow';
/** Accepted as input, opens nothing. */
export const WRONG_PASSPHRASE = 'not the passphrase at all';
