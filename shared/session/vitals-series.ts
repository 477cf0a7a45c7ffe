import type { RoomState, ShownAlert } from './room-state';
import { type ResolvedEvent, VITAL_RANGES, type VitalField, type Vitals } from './timeline';
import type { VitalThreshold } from './vital-thresholds';

/**
 * A session's vital signs laid out for a chart against minutes since the dose, with the clinic's
 * thresholds as lines. One home for the session summary's chart and the prescriber PDF's, so both
 * draw the same readings, the same lines and the same scales. Readings are the timeline as it now
 * stands: a correction moves or changes its reading, a withdrawn one is left out (and counted), a
 * late entry is in, marked.
 */

/** The series drawn, in legend order. */
export const CHART_FIELDS: readonly VitalField[] = ['systolic', 'diastolic', 'heartRate', 'spo2'];

export interface VitalsPoint {
  id: string;
  at: number;
  /** Minutes since the first dose (T0), negative before it; not rounded, so two readings a minute apart stay apart. */
  minutes: number;
  vitals: Vitals;
  /** The thresholds this reading crossed, judged as the room judges them (stage and baseline). */
  alerts: ShownAlert[];
  /** When a late entry (added after discharge) was written; null for a reading taken in the session. */
  lateWrittenAt: number | null;
  /** The reading as it stands is a correction of what was first written. */
  corrected: boolean;
}

/** A threshold drawn as a horizontal line over the stretch of time it holds for. */
export interface ThresholdLine {
  id: string;
  field: VitalField;
  value: number;
  /** "Systolic above 180", "Diastolic above 90 before the dose", "Systolic +40 over baseline". */
  label: string;
  fromMinutes: number;
  toMinutes: number;
}

export interface VitalsSeries {
  dosedAt: number;
  points: VitalsPoint[];
  /** Readings withdrawn from the record: not drawn, but said. */
  withdrawnReadings: number;
  thresholdLines: ThresholdLine[];
  minutesDomain: [number, number];
  minuteTicks: number[];
  valueDomain: [number, number];
  valueTicks: number[];
}

const MINUTE = 60_000;
/** Ticks a chart a page wide holds without crowding. */
const MOST_TICKS = 10;
const MINUTE_STEPS = [5, 10, 15, 30, 60, 120];
/** Room above and below the readings, so a point never sits on the frame. */
const VALUE_MARGIN = 10;
/** Where the value axis starts when nothing is drawn: the plausible range of the readings themselves. */
const EMPTY_VALUES: [number, number] = [40, 200];

/** An entry as it stands is a correction of what was first written. */
export function wasCorrected(event: Pick<ResolvedEvent, 'versions'>): boolean {
  return event.versions.some((version) => version.supersedesId !== null);
}

export function minutesSinceDose(at: number, dosedAt: number): number {
  return (at - dosedAt) / MINUTE;
}

function lineLabel(threshold: VitalThreshold): string {
  const { short } = VITAL_RANGES[threshold.field];
  const when = threshold.appliesTo === 'pre-dose' ? ' before the dose' : '';
  if (threshold.comparison === 'rise') return `${short} +${threshold.value} over baseline`;
  return `${short} ${threshold.comparison} ${threshold.value}${when}`;
}

/** Where an enabled threshold sits: its own number, or for a rise the baseline plus the rise (none without a baseline). */
function lineValue(threshold: VitalThreshold, baseline: Vitals | null): number | null {
  if (threshold.comparison !== 'rise') return threshold.value;
  const base = baseline?.[threshold.field];
  return base === undefined ? null : base + threshold.value;
}

function evenTicks(from: number, to: number, step: number): number[] {
  const ticks: number[] = [];
  for (let tick = Math.ceil(from / step) * step; tick <= to; tick += step) ticks.push(tick);
  return ticks;
}

function minutesAxis(points: readonly VitalsPoint[], endedMinutes: number | null): { domain: [number, number]; ticks: number[] } {
  const times = [0, ...points.map((point) => point.minutes), ...(endedMinutes === null ? [] : [endedMinutes])];
  const span = Math.max(...times) - Math.min(...times);
  const step = MINUTE_STEPS.find((candidate) => span / candidate <= MOST_TICKS - 1) ?? MINUTE_STEPS.at(-1)!;
  const from = Math.floor(Math.min(...times) / step) * step;
  const to = Math.max(Math.ceil(Math.max(...times) / step) * step, from + step);
  return { domain: [from, to], ticks: evenTicks(from, to, step) };
}

function valueAxis(values: readonly number[]): { domain: [number, number]; ticks: number[] } {
  const [low, high] = values.length === 0 ? EMPTY_VALUES : [Math.min(...values) - VALUE_MARGIN, Math.max(...values) + VALUE_MARGIN];
  const from = Math.max(0, Math.floor(low / 10) * 10);
  const to = Math.ceil(high / 10) * 10;
  const step = (to - from) / 20 <= MOST_TICKS - 1 ? 20 : 40;
  return { domain: [from, to], ticks: evenTicks(from, to, step) };
}

/**
 * The series of a dosed session; null while no dose stands (there is no T0 to count from).
 * `state` is the room's derived state (shared/session/room-state.ts), `endedAt` the discharge.
 */
export function vitalsSeries(
  state: Pick<RoomState, 'resolved' | 'anchors' | 'baseline' | 'alerts'>,
  thresholds: readonly VitalThreshold[],
  endedAt: number | null,
): VitalsSeries | null {
  const { dosedAt } = state.anchors;
  if (dosedAt === null) return null;
  const readings = state.resolved.filter((event) => event.entry.kind === 'vitals');
  const points: VitalsPoint[] = readings.flatMap((event) =>
    event.retracted || event.entry.kind !== 'vitals'
      ? []
      : [
          {
            id: event.id,
            at: event.at,
            minutes: minutesSinceDose(event.at, dosedAt),
            vitals: event.entry.vitals,
            alerts: state.alerts.get(event.id) ?? [],
            lateWrittenAt: event.lateWrittenAt,
            corrected: wasCorrected(event),
          },
        ],
  );
  const minutes = minutesAxis(points, endedAt === null ? null : minutesSinceDose(endedAt, dosedAt));
  const [from, to] = minutes.domain;
  const thresholdLines = thresholds.flatMap((threshold): ThresholdLine[] => {
    const value = lineValue(threshold, state.baseline);
    if (!threshold.enabled || value === null) return [];
    const fromMinutes = threshold.appliesTo === 'after-dose' ? 0 : from;
    const toMinutes = threshold.appliesTo === 'pre-dose' ? 0 : to;
    if (fromMinutes >= toMinutes) return [];
    return [{ id: threshold.id, field: threshold.field, value, label: lineLabel(threshold), fromMinutes, toMinutes }];
  });
  const values = [
    ...points.flatMap((point) => CHART_FIELDS.flatMap((field) => (point.vitals[field] === undefined ? [] : [point.vitals[field]]))),
    ...thresholdLines.map((line) => line.value),
  ];
  const value = valueAxis(values);
  return {
    dosedAt,
    points,
    withdrawnReadings: readings.filter((event) => event.retracted).length,
    thresholdLines,
    minutesDomain: minutes.domain,
    minuteTicks: minutes.ticks,
    valueDomain: value.domain,
    valueTicks: value.ticks,
  };
}
