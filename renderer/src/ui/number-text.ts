/**
 * What a number field accepts: digits, at most one decimal separator of the user's locale, and
 * no more decimals than the field allows. Anything else (a grouping comma, a letter, an exponent,
 * a second separator) is refused with a reason, never read as some other number: "12,5" in
 * English is not 125, "5o" is not 5, "1e9" is not 19.
 */
export type NumberTextReading = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'refused'; reason: string };

/** The locale's decimal separator: "." in English, "," in German or French. */
export function decimalSeparatorOf(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

function separatorName(separator: string): string {
  return separator === ',' ? 'a comma' : separator === '.' ? 'a point' : `“${separator}”`;
}

export function readNumberText(text: string, options: { locale: string; decimals: number }): NumberTextReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const separator = decimalSeparatorOf(options.locale);
  const [whole, fraction, ...rest] = trimmed.split(separator);
  const digitsOnly = /^\d+$/;
  const wellFormed = rest.length === 0 && digitsOnly.test(whole ?? '') && (fraction === undefined || digitsOnly.test(fraction));
  if (!wellFormed) {
    const hint = options.decimals > 0 ? `digits, and ${separatorName(separator)} for decimals` : 'whole numbers in digits';
    return { kind: 'refused', reason: `“${trimmed}” is not a number here. Use ${hint}.` };
  }
  if (fraction !== undefined && fraction.length > options.decimals) {
    return {
      kind: 'refused',
      reason: options.decimals === 0 ? 'Use a whole number here.' : `Use at most ${options.decimals} ${options.decimals === 1 ? 'decimal' : 'decimals'} here.`,
    };
  }
  return { kind: 'number', value: Number(fraction === undefined ? whole : `${whole}.${fraction}`) };
}

/** The range a field's number must be in, and whether it may be left empty. Nothing outside it is clamped. */
export interface NumberBounds {
  min: number;
  max: number;
  /** Said after the range: "minutes", "%". */
  unit?: string;
  required?: boolean;
}

/** Why a reading is outside its bounds ("From 1 to 240 minutes: 500 is above that."), or null when it is within them. */
export function boundsRefusal(reading: NumberTextReading, bounds: NumberBounds): string | null {
  const unit = bounds.unit === undefined ? '' : bounds.unit === '%' ? '%' : ` ${bounds.unit}`;
  const range = `from ${bounds.min} to ${bounds.max}${unit}`;
  if (reading.kind === 'empty') return bounds.required ? `Enter a number ${range}.` : null;
  if (reading.kind !== 'number' || (reading.value >= bounds.min && reading.value <= bounds.max)) return null;
  return `Use a number ${range}: ${reading.value} is ${reading.value < bounds.min ? 'below' : 'above'} that.`;
}

/** A number as the field shows it in this locale, without grouping (never "1,200" for 1200). */
export function formatNumberText(value: number, options: { locale: string; decimals: number }): string {
  if (!Number.isFinite(value)) return '';
  return new Intl.NumberFormat(options.locale, { maximumFractionDigits: options.decimals, useGrouping: false }).format(value);
}
