import { describe, expect, it } from 'vitest';
import { boundsRefusal, decimalSeparatorOf, formatNumberText, readNumberText } from '../../../../../renderer/src/ui/number-text';

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

describe('a number outside its bounds', () => {
  const minutes = { min: 1, max: 240, unit: 'minutes', required: true };

  it('is refused with the range and what was typed, never clamped', () => {
    expect(boundsRefusal({ kind: 'number', value: 500 }, minutes)).toBe('Use a number from 1 to 240 minutes: 500 is above that.');
    expect(boundsRefusal({ kind: 'number', value: 0 }, minutes)).toBe('Use a number from 1 to 240 minutes: 0 is below that.');
    expect(boundsRefusal({ kind: 'number', value: 140 }, { min: 0, max: 100, unit: '%' })).toBe('Use a number from 0 to 100%: 140 is above that.');
  });

  it('accepts the bounds themselves, and an empty optional field', () => {
    expect(boundsRefusal({ kind: 'number', value: 1 }, minutes)).toBeNull();
    expect(boundsRefusal({ kind: 'number', value: 240 }, minutes)).toBeNull();
    expect(boundsRefusal({ kind: 'empty' }, { min: 0, max: 10 })).toBeNull();
  });

  it('asks for a number when a required field is empty, and leaves text refusals to the reader', () => {
    expect(boundsRefusal({ kind: 'empty' }, minutes)).toBe('Enter a number from 1 to 240 minutes.');
    expect(boundsRefusal({ kind: 'refused', reason: 'x' }, minutes)).toBeNull();
  });
});
