import { describe, expect, it } from 'vitest';
import {
  formatRecoveryCode,
  matchesRecoveryGroup,
  normalizeRecoveryCode,
  RECOVERY_ALPHABET,
  RECOVERY_CODE_LENGTH,
  recoveryCodeFromBytes,
} from '../../../../shared/vault/recovery-code';

const CODE = '0123456789ABCDEFGHJKMNPQRSTV';

describe('recovery codes', () => {
  it('carry at least 128 bits', () => {
    expect(RECOVERY_CODE_LENGTH * Math.log2(RECOVERY_ALPHABET.length)).toBeGreaterThanOrEqual(128);
  });

  it('map every byte into the alphabet without bias', () => {
    const counts = new Map<string, number>();
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let offset = 0; offset < 256; offset += RECOVERY_CODE_LENGTH) {
      const chunk = new Uint8Array(RECOVERY_CODE_LENGTH).map((_, i) => bytes[(offset + i) % 256]!);
      for (const c of recoveryCodeFromBytes(chunk)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect([...counts.keys()].every((c) => RECOVERY_ALPHABET.includes(c))).toBe(true);
    expect(counts.size).toBe(32);
  });

  it('format in dash-separated groups of four and normalise back', () => {
    const shown = formatRecoveryCode(CODE);
    expect(shown).toBe('0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV');
    expect(normalizeRecoveryCode(shown)).toBe(CODE);
    expect(normalizeRecoveryCode(shown.toLowerCase().replaceAll('-', ' '))).toBe(CODE);
  });

  it('forgive look-alike letters and reject wrong lengths and letters outside the alphabet', () => {
    expect(normalizeRecoveryCode('O123-4567-89AB-CDEF-GHJK-MNPQ-RSTV')).toBe(CODE);
    expect(normalizeRecoveryCode('0I23-4567-89AB-CDEF-GHJK-MNPQ-RSTV')).toBe(CODE);
    expect(normalizeRecoveryCode('0123-4567')).toBeNull();
    expect(normalizeRecoveryCode('U123-4567-89AB-CDEF-GHJK-MNPQ-RSTV')).toBeNull();
  });

  it('confirm one group, by its 1-based number', () => {
    expect(matchesRecoveryGroup(CODE, 1, '0123')).toBe(true);
    expect(matchesRecoveryGroup(CODE, 3, '89ab')).toBe(true);
    expect(matchesRecoveryGroup(CODE, 3, '0123')).toBe(false);
    expect(matchesRecoveryGroup(CODE, 8, 'RSTV')).toBe(false);
  });
});
