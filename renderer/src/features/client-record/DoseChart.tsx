import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ROUTE_LABELS, type Route } from '../../../../shared/session/routes';
import { routesIn, type DosePoint } from './dose-course';

/** One colour per route, each at least 3:1 against the page in light and dark schemes. */
const ROUTE_COLOURS: Record<Route, string> = {
  im: '#3f8f83',
  iv: '#4f7fd0',
  esketamine: '#b7832a',
  sublingual: '#9a62b3',
};

/**
 * Dose across the course, a line per route (mg are not comparable across routes). Loaded on its
 * own (React.lazy), so the chart library never weighs on the lock screen's start. Hidden from
 * assistive technology and out of the tab order: the table beside it carries the same numbers.
 */
export default function DoseChart({ points }: { points: readonly DosePoint[] }) {
  const routes = routesIn(points);
  const rows = points.map((point) => ({ session: point.courseSessionNumber, [point.route]: point.totalDoseMg }));
  return (
    <div className="dose-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={rows} margin={{ top: 12, right: 32, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="session" stroke="currentColor" tickLine={false} padding={{ left: 24, right: 24 }} tickFormatter={(session) => `Session ${session}`} />
          <YAxis stroke="currentColor" tickLine={false} unit=" mg" width={76} />
          <Tooltip isAnimationActive={false} />
          <Legend />
          {routes.map((route) => (
            <Line
              key={route}
              type="linear"
              dataKey={route}
              name={ROUTE_LABELS[route]}
              stroke={ROUTE_COLOURS[route]}
              strokeWidth={2.5}
              dot={{ r: 4 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
