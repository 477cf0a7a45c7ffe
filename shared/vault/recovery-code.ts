/**
 * Recovery codes: Crockford base32 (no I, L, O, U), 7 groups of 4 characters = 140 bits.
 * Typing is forgiving: case, spaces and dashes are ignored and look-alikes are mapped.
 */
export const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_GROUPS = 7;
export const RECOVERY_GROUP_LENGTH = 4;
export const RECOVERY_CODE_LENGTH = RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH;

const LOOK_ALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

/** Canonical form (28 characters, no separators), or null if it cannot be a recovery code. */
function compactRecoveryInput(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[OIL]/g, (c) => LOOK_ALIKES[c] ?? c);
}

export function normalizeRecoveryCode(input: string): string | null {
  const compact = compactRecoveryInput(input);
  if (compact.length !== RECOVERY_CODE_LENGTH) return null;
  for (const c of compact) if (!RECOVERY_ALPHABET.includes(c)) return null;
  return compact;
}

export function recoveryCodeGroups(canonical: string): string[] {
  const groups: string[] = [];
  for (let i = 0; i < canonical.length; i += RECOVERY_GROUP_LENGTH) {
    groups.push(canonical.slice(i, i + RECOVERY_GROUP_LENGTH));
  }
  return groups;
}

export function formatRecoveryCode(canonical: string): string {
  return recoveryCodeGroups(canonical).join('-');
}

/** Whether `typed` is group number `groupNumber` (1-based) of the code. */
export function matchesRecoveryGroup(canonical: string, groupNumber: number, typed: string): boolean {
  const expected = recoveryCodeGroups(canonical)[groupNumber - 1];
  return expected !== undefined && compactRecoveryInput(typed) === expected;
}

/** Maps random bytes to a canonical code; the caller supplies the randomness (node:crypto in main). */
export function recoveryCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RECOVERY_CODE_LENGTH) throw new Error('Need one random byte per character');
  let code = '';
  // 256 is a multiple of 32, so taking the low 5 bits of each byte is unbiased.
  for (let i = 0; i < RECOVERY_CODE_LENGTH; i++) code += RECOVERY_ALPHABET[bytes[i]! & 31];
  return code;
}
