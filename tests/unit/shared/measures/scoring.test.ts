import { describe, expect, it } from 'vitest';
import { highestTotal } from '../../../../shared/measures/questionnaires';
import { hasSafetyFlag, measureTotal, scoreMeasure, type SeverityBand, severityBand } from '../../../../shared/measures/scoring';

/** The published bands written out total by total, so every total is checked against the table and not against the code's own edges. */
const PHQ9_BANDS: SeverityBand[] = [
  ...Array<SeverityBand>(5).fill('minimal'),
  ...Array<SeverityBand>(5).fill('mild'),
  ...Array<SeverityBand>(5).fill('moderate'),
  ...Array<SeverityBand>(5).fill('moderately-severe'),
  ...Array<SeverityBand>(8).fill('severe'),
];
const GAD7_BANDS: SeverityBand[] = [
  ...Array<SeverityBand>(5).fill('minimal'),
  ...Array<SeverityBand>(5).fill('mild'),
  ...Array<SeverityBand>(5).fill('moderate'),
  ...Array<SeverityBand>(7).fill('severe'),
];

/** Answers of `count` items adding up to `total`, filled from the first item. */
function answersFor(count: number, total: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.max(0, Math.min(3, total - 3 * i)));
}

describe('severity bands', () => {
  it('covers every PHQ-9 total 0-27 and every GAD-7 total 0-21', () => {
    expect(PHQ9_BANDS).toHaveLength(highestTotal('phq-9') + 1);
    expect(GAD7_BANDS).toHaveLength(highestTotal('gad-7') + 1);
  });

  it.each(PHQ9_BANDS.map((band, total) => [total, band] as const))('PHQ-9 %i is %s', (total, band) => {
    expect(severityBand('phq-9', total)).toBe(band);
  });

  it.each(GAD7_BANDS.map((band, total) => [total, band] as const))('GAD-7 %i is %s', (total, band) => {
    expect(severityBand('gad-7', total)).toBe(band);
  });

  it.each([
    ['phq-9', 4, 'minimal', 5, 'mild'],
    ['phq-9', 9, 'mild', 10, 'moderate'],
    ['phq-9', 14, 'moderate', 15, 'moderately-severe'],
    ['phq-9', 19, 'moderately-severe', 20, 'severe'],
    ['gad-7', 4, 'minimal', 5, 'mild'],
    ['gad-7', 9, 'mild', 10, 'moderate'],
    ['gad-7', 14, 'moderate', 15, 'severe'],
  ] as const)('%s changes band between %i (%s) and %i (%s)', (kind, below, bandBelow, at, bandAt) => {
    expect(severityBand(kind, below)).toBe(bandBelow);
    expect(severityBand(kind, at)).toBe(bandAt);
  });

  it('refuses a total the kind cannot score', () => {
    expect(() => severityBand('phq-9', 28)).toThrow(RangeError);
    expect(() => severityBand('gad-7', 22)).toThrow(RangeError);
    expect(() => severityBand('phq-9', -1)).toThrow(RangeError);
    expect(() => severityBand('phq-9', 4.5)).toThrow(RangeError);
  });
});

describe('scoring a measure', () => {
  it('adds the answers', () => {
    expect(measureTotal([0, 1, 2, 3, 0, 1, 2, 3, 0])).toBe(12);
    for (let total = 0; total <= 27; total += 1) expect(scoreMeasure('phq-9', answersFor(9, total)).total).toBe(total);
    for (let total = 0; total <= 21; total += 1) expect(scoreMeasure('gad-7', answersFor(7, total)).total).toBe(total);
  });

  it('flags PHQ-9 item 9 above 0, whatever the total', () => {
    expect(hasSafetyFlag('phq-9', [0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe(false);
    expect(hasSafetyFlag('phq-9', [3, 3, 3, 3, 3, 3, 3, 3, 0])).toBe(false);
    for (const answer of [1, 2, 3]) expect(hasSafetyFlag('phq-9', [0, 0, 0, 0, 0, 0, 0, 0, answer])).toBe(true);
    expect(scoreMeasure('phq-9', [0, 0, 0, 0, 0, 0, 0, 0, 1])).toEqual({ total: 1, band: 'minimal', safetyFlag: true });
  });

  it('never flags a GAD-7, which has no item 9', () => {
    expect(hasSafetyFlag('gad-7', [3, 3, 3, 3, 3, 3, 3])).toBe(false);
    expect(scoreMeasure('gad-7', [3, 3, 3, 3, 3, 3, 3])).toEqual({ total: 21, band: 'severe', safetyFlag: false });
  });
});
