import { z } from 'zod';
import type { Route } from './routes';
import { VITAL_RANGES, type VitalField, type Vitals } from './timeline';

/**
 * Clinic settings, never enforced: a reading past a threshold is highlighted with the threshold
 * named; the therapist decides. Each default says where it comes from.
 */
/** What a threshold's number may be, in the reading's own unit: wide enough for every vital sign's range. */
export const THRESHOLD_VALUE_RANGE = { min: 0, max: 300 } as const;

export const thresholdSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9-]+$/),
  field: z.enum(Object.keys(VITAL_RANGES) as [VitalField, ...VitalField[]]),
  /** above: reading > value; below: reading < value; rise: reading - baseline >= value. */
  comparison: z.enum(['above', 'below', 'rise']),
  value: z.number().int().min(THRESHOLD_VALUE_RANGE.min).max(THRESHOLD_VALUE_RANGE.max),
  /** pre-dose: readings before T0 only; after-dose: after T0 only (rises need a baseline). */
  appliesTo: z.enum(['any', 'pre-dose', 'after-dose']),
  enabled: z.boolean(),
  source: z.string().trim().max(500),
});
export type VitalThreshold = z.infer<typeof thresholdSchema>;
export const thresholdListSchema = z.array(thresholdSchema).max(30);

// These texts are shown to the therapist and stored in each vault's settings, so their wording is
// left as first shipped; "CLINICAL.md" there is the clinical brief now written up in
// docs/clinical.md, section 3.
const LABEL_LOW_SOURCE = 'Spravato label: if baseline blood pressure is above 140/90, the prescriber weighs the risk (CLINICAL.md, Monitoring).';
const SEVERE_SOURCE = 'General-medicine "severe hypertension" range, above 180/110 (CLINICAL.md, Monitoring).';
const RISE_SOURCE = 'Spravato label: 8-19% of patients had a rise of at least 40 mmHg systolic or 25 mmHg diastolic (CLINICAL.md, Monitoring).';
const SPO2_SOURCE =
  'Clinic setting: CLINICAL.md asks for pulse oximetry at every Spravato session and leaves the threshold to the clinic. Preset at 90% (the usual definition of hypoxaemia); review it.';

export const DEFAULT_VITAL_THRESHOLDS: VitalThreshold[] = [
  { id: 'baseline-systolic', field: 'systolic', comparison: 'above', value: 140, appliesTo: 'pre-dose', enabled: true, source: LABEL_LOW_SOURCE },
  { id: 'baseline-diastolic', field: 'diastolic', comparison: 'above', value: 90, appliesTo: 'pre-dose', enabled: true, source: LABEL_LOW_SOURCE },
  { id: 'severe-systolic', field: 'systolic', comparison: 'above', value: 180, appliesTo: 'any', enabled: true, source: SEVERE_SOURCE },
  { id: 'severe-diastolic', field: 'diastolic', comparison: 'above', value: 110, appliesTo: 'any', enabled: true, source: SEVERE_SOURCE },
  { id: 'rise-systolic', field: 'systolic', comparison: 'rise', value: 40, appliesTo: 'after-dose', enabled: true, source: RISE_SOURCE },
  { id: 'rise-diastolic', field: 'diastolic', comparison: 'rise', value: 25, appliesTo: 'after-dose', enabled: true, source: RISE_SOURCE },
  { id: 'low-spo2', field: 'spo2', comparison: 'below', value: 90, appliesTo: 'any', enabled: true, source: SPO2_SOURCE },
];

/** The shipped sources that speak of Spravato: they hold for esketamine sessions only. */
const ESKETAMINE_SOURCES = new Set([LABEL_LOW_SOURCE, RISE_SOURCE, SPO2_SOURCE]);

/** Where a number stands on a route with no published threshold: the clinic's own setting. */
const CLINIC_SETTING_SOURCES: Record<Exclude<Route, 'esketamine'>, string> = {
  im: 'Clinic setting: no threshold is published for intramuscular ketamine; review it in Settings.',
  iv: 'Clinic setting: no stop threshold is standard for intravenous ketamine (Yip et al. 2022); review it in Settings.',
  sublingual: 'Clinic setting: no threshold is published for sublingual ketamine; review it in Settings.',
};

/**
 * The source shown beside an alert in a session on this route. A shipped source that cites the
 * Spravato label speaks for esketamine only; on the other routes the number is the clinic's setting.
 * Stored threshold lists keep the shipped texts, so they are recognised as they are.
 */
export function thresholdSourceFor(threshold: Pick<VitalThreshold, 'source'>, route: Route): string {
  if (route === 'esketamine' || !ESKETAMINE_SOURCES.has(threshold.source)) return threshold.source;
  return CLINIC_SETTING_SOURCES[route];
}

export interface VitalAlert {
  thresholdId: string;
  field: VitalField;
  reading: number;
  /** "Systolic blood pressure 186 mmHg is above 180 mmHg". */
  message: string;
  /** The same on one line of the room: "Systolic 186 mmHg, above 180". */
  short: string;
  source: string;
}

export function describeThreshold(threshold: VitalThreshold): string {
  const { label, unit } = VITAL_RANGES[threshold.field];
  const when = threshold.appliesTo === 'pre-dose' ? ' before the dose' : threshold.appliesTo === 'after-dose' ? ' after the dose' : '';
  if (threshold.comparison === 'rise') return `${label} rise of ${threshold.value} ${unit} or more from baseline${when}`;
  return `${label} ${threshold.comparison} ${threshold.value} ${unit}${when}`;
}

/** Which enabled thresholds a set of readings crosses. `baseline` is the last reading before T0. */
export function evaluateVitals(
  vitals: Vitals,
  context: { stage: 'pre-dose' | 'after-dose'; baseline: Vitals | null },
  thresholds: readonly VitalThreshold[],
): VitalAlert[] {
  const alerts: VitalAlert[] = [];
  for (const threshold of thresholds) {
    if (!threshold.enabled) continue;
    if (threshold.appliesTo !== 'any' && threshold.appliesTo !== context.stage) continue;
    const reading = vitals[threshold.field];
    if (reading === undefined) continue;
    const { label, short, unit } = VITAL_RANGES[threshold.field];
    const crossed = (message: string, shortEnd: string) => {
      alerts.push({
        thresholdId: threshold.id,
        field: threshold.field,
        reading,
        message,
        short: `${short} ${reading} ${unit}, ${shortEnd}`,
        source: threshold.source,
      });
    };
    if (threshold.comparison === 'above' && reading > threshold.value) {
      crossed(`${label} ${reading} ${unit} is above ${threshold.value} ${unit}`, `above ${threshold.value}`);
    } else if (threshold.comparison === 'below' && reading < threshold.value) {
      crossed(`${label} ${reading} ${unit} is below ${threshold.value} ${unit}`, `below ${threshold.value}`);
    } else if (threshold.comparison === 'rise') {
      const base = context.baseline?.[threshold.field];
      if (base !== undefined && reading - base >= threshold.value) {
        crossed(`${label} ${reading} ${unit} is ${reading - base} ${unit} above the baseline of ${base} ${unit}`, `+${reading - base} from baseline ${base}`);
      }
    }
  }
  return alerts;
}
