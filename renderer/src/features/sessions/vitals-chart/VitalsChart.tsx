import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { VITAL_RANGES, type VitalField } from '../../../../../shared/session/timeline';
import { CHART_FIELDS, type ThresholdLine, type VitalsSeries } from '../../../../../shared/session/vitals-series';

/** Colour, dash and marker per series, so the lines differ without colour too (as in the prescriber PDF). */
const SERIES_STYLE: Record<VitalField, { colour: string; dash?: string; marker: 'circle' | 'square' | 'triangle' | 'diamond' }> = {
  systolic: { colour: '#4f7fd0', marker: 'circle' },
  diastolic: { colour: '#4f7fd0', dash: '7 4', marker: 'square' },
  heartRate: { colour: '#c8623f', dash: '2 3', marker: 'triangle' },
  spo2: { colour: '#3f8f83', dash: '12 4', marker: 'diamond' },
};

interface DotProps {
  cx?: number;
  cy?: number;
  value?: number | null;
  payload?: { late: boolean };
}

/** A reading's marker: filled when taken in the session, hollow for a late entry. */
function VitalDot({ field, cx, cy, value, payload }: DotProps & { field: VitalField }) {
  if (cx === undefined || cy === undefined || value === null || value === undefined) return null;
  const { colour, marker } = SERIES_STYLE[field];
  const shape = { fill: payload?.late ? 'var(--bg)' : colour, stroke: colour, strokeWidth: 2 };
  switch (marker) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={4.5} {...shape} />;
    case 'square':
      return <rect x={cx - 4} y={cy - 4} width={8} height={8} {...shape} />;
    case 'triangle':
      return <polygon points={`${cx},${cy - 5} ${cx + 5},${cy + 4} ${cx - 5},${cy + 4}`} {...shape} />;
    case 'diamond':
      return <polygon points={`${cx},${cy - 6} ${cx + 6},${cy} ${cx},${cy + 6} ${cx - 6},${cy}`} {...shape} />;
  }
}

/** Share of the value axis under which two lines' labels would print over each other. */
const CROWDED_SHARE = 0.08;

type Placement = 'insideTopLeft' | 'insideTopRight' | 'insideBottomRight';

/**
 * Where a threshold's label sits ("insideTop" is under a horizontal line, "insideBottom" over it):
 * under the right end, over it when another line runs just below (its label would be there), and
 * from the left for a line that ends at T0 (it is short).
 */
function labelPlacement(line: ThresholdLine, series: VitalsSeries): Placement {
  if (line.toMinutes === 0) return 'insideTopLeft';
  const crowded = (series.valueDomain[1] - series.valueDomain[0]) * CROWDED_SHARE;
  const lineJustBelow = series.thresholdLines.some(
    (other) => other.value < line.value && line.value - other.value < crowded && other.fromMinutes < line.toMinutes && line.fromMinutes < other.toMinutes,
  );
  return lineJustBelow ? 'insideBottomRight' : 'insideTopRight';
}

/**
 * Blood pressure, heart rate and SpO2 against minutes since the dose, the clinic's thresholds as
 * reference lines over the time they hold for, late entries hollow. Loaded on its own (React.lazy),
 * like the other charts, and hidden from assistive technology: the table beside it carries the same
 * readings, alerts and marks.
 */
export default function VitalsChart({ series }: { series: VitalsSeries }) {
  const rows = series.points.map((point) => ({ minutes: point.minutes, late: point.lateWrittenAt !== null, ...point.vitals }));
  return (
    <div className="vitals-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={320}>
        <LineChart data={rows} margin={{ top: 20, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            type="number"
            dataKey="minutes"
            domain={series.minutesDomain}
            ticks={series.minuteTicks}
            stroke="currentColor"
            tickLine={false}
            height={48}
            label={{ value: 'Minutes since the dose (T0)', position: 'insideBottom', fill: 'currentColor' }}
          />
          <YAxis stroke="currentColor" tickLine={false} domain={series.valueDomain} ticks={series.valueTicks} interval={0} width={44} />
          {series.minutesDomain[0] < 0 ? (
            <ReferenceLine x={0} stroke="currentColor" strokeDasharray="4 3" label={{ value: 'T0', position: 'insideTopLeft', fill: 'currentColor' }} />
          ) : null}
          {series.thresholdLines.map((line) => (
            <ReferenceLine
              key={line.id}
              segment={[
                { x: line.fromMinutes, y: line.value },
                { x: line.toMinutes, y: line.value },
              ]}
              stroke="currentColor"
              strokeOpacity={0.7}
              strokeDasharray="3 3"
              label={{ value: line.label, position: labelPlacement(line, series), fill: 'currentColor', fontSize: 12 }}
            />
          ))}
          {CHART_FIELDS.map((field) => (
            <Line
              key={field}
              type="linear"
              dataKey={field}
              name={`${VITAL_RANGES[field].short} (${VITAL_RANGES[field].unit})`}
              stroke={SERIES_STYLE[field].colour}
              strokeDasharray={SERIES_STYLE[field].dash}
              strokeWidth={2.5}
              dot={<VitalDot field={field} />}
              connectNulls
              isAnimationActive={false}
            />
          ))}
          <Legend itemSorter={null} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
