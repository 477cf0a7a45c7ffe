import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Measure } from '../../../../shared/contract';
import { REMISSION_BELOW, responseCeiling } from '../../../../shared/measures/course-outcomes';
import { highestTotal } from '../../../../shared/measures/questionnaires';
import { formatCalendarDate } from '../../ui/time-text';

const LINE_COLOUR = '#4f7fd0';
const FLAG_COLOUR = '#d0523f';
const MARK_COLOUR = '#3f8f83';

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: { safetyFlag: boolean };
}

/** A measure with item 9 above 0 is drawn as a larger, red dot. */
function MeasureDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined) return null;
  return payload?.safetyFlag ? <circle cx={cx} cy={cy} r={7} fill={FLAG_COLOUR} /> : <circle cx={cx} cy={cy} r={4} fill={LINE_COLOUR} />;
}

/**
 * The PHQ-9 across the course with the baseline, the response line (50% below it) and the
 * remission line (below 5) drawn. Loaded on its own (React.lazy), like the dose chart, and hidden
 * from assistive technology: the table beside it carries the same numbers and flags.
 */
export default function MeasureChart({ measures }: { measures: readonly Measure[] }) {
  const points = measures
    .filter((measure) => measure.kind === 'phq-9' && measure.outcome !== null)
    .reverse()
    .map((measure, index) => ({ index, date: formatCalendarDate(measure.takenOn), total: measure.total, safetyFlag: measure.safetyFlag }));
  const baseline = points[0]?.total ?? null;
  const response = baseline !== null ? responseCeiling(baseline) : null;
  return (
    <div className="measure-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={points} margin={{ top: 16, right: 170, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="date" stroke="currentColor" tickLine={false} padding={{ left: 24, right: 24 }} />
          <YAxis stroke="currentColor" tickLine={false} domain={[0, highestTotal('phq-9')]} ticks={[0, 5, 10, 15, 20, 27]} width={40} />
          {baseline !== null ? (
            <ReferenceLine
              y={baseline}
              stroke="currentColor"
              strokeDasharray="6 4"
              label={{ value: `Baseline ${baseline}`, position: 'right', fill: 'currentColor' }}
            />
          ) : null}
          {response !== null ? (
            <ReferenceLine
              y={response}
              stroke={MARK_COLOUR}
              strokeDasharray="2 3"
              label={{ value: `Response ≤ ${response}`, position: 'right', fill: MARK_COLOUR }}
            />
          ) : null}
          <ReferenceLine y={REMISSION_BELOW} stroke={MARK_COLOUR} label={{ value: `Remission < ${REMISSION_BELOW}`, position: 'right', fill: MARK_COLOUR }} />
          <Line type="linear" dataKey="total" name="PHQ-9 total" stroke={LINE_COLOUR} strokeWidth={2.5} dot={<MeasureDot />} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
