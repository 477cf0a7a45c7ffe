import { describe, expect, it } from 'vitest';
import { decimalSeparatorOf, formatNumberText, readNumberText } from '../../../../../renderer/src/ui/number-text';

const en = { locale: 'en-US', decimals: 1 };
const de = { locale: 'de-DE', decimals: 1 };

describe('reading what was typed into a number field', () => {
  it('reads plain numbers with the locale’s decimal separator', () => {
    expect(readNumberText('12.5', en)).toEqual({ kind: 'number', value: 12.5 });
    expect(readNumberText(' 140 ', en)).toEqual({ kind: 'number', value: 140 });
    expect(readNumberText('12,5', de)).toEqual({ kind: 'number', value: 12.5 });
    expect(readNumberText('', en)).toEqual({ kind: 'empty' });
  });

  it('refuses what is not a plain number instead of reading another number into it', () => {
    for (const typed of ['12,5', '5o', '1e9', '1.2.3', '-5', '1,200', '0x10', '½', '12.', '.5']) {
      expect(readNumberText(typed, en), typed).toMatchObject({ kind: 'refused' });
    }
    expect(readNumberText('12.5', de)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('a comma for decimals') });
    expect(readNumberText('12,5', en)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('a point for decimals') });
  });

  it('refuses more decimals than the field allows rather than rounding', () => {
    expect(readNumberText('12.5', { locale: 'en-US', decimals: 0 })).toEqual({ kind: 'refused', reason: 'Use a whole number here.' });
    expect(readNumberText('12.55', en)).toEqual({ kind: 'refused', reason: 'Use at most 1 decimal here.' });
  });

  it('shows numbers without grouping, in the locale', () => {
    expect(formatNumberText(1200, en)).toBe('1200');
    expect(formatNumberText(12.5, de)).toBe('12,5');
    expect(formatNumberText(Number.NaN, en)).toBe('');
    expect(decimalSeparatorOf('fr-FR')).toBe(',');
  });
});
