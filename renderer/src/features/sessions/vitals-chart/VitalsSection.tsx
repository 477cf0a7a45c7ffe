import { lazy, Suspense } from 'react';
import { Heading } from '../../../ui/aria-primitives';
import { describeVitals, lateEntryMark } from '../../../../../shared/session/describe-entry';
import type { VitalsSeries } from '../../../../../shared/session/vitals-series';
import { formatClockTime, formatDateTime, formatSinceDose } from '../../../ui/time-text';
import './vitals-chart.css';

const VitalsChart = lazy(() => import('./VitalsChart'));

/** How a late or corrected reading is marked, in words. */
function readingMarks(point: VitalsSeries['points'][number]): string[] {
  const late = lateEntryMark(point.lateWrittenAt, formatDateTime);
  return [...(late ? [late] : []), ...(point.corrected ? ['Corrected after it was first written'] : [])];
}

/**
 * A dosed session's vital signs: the chart (for the eye) and the same readings as a table, with
 * the thresholds each crossed and the late or corrected ones marked. The prescriber PDF draws the
 * same series (shared/session/vitals-series.ts).
 */
export function VitalsSection({ series }: { series: VitalsSeries }) {
  const { points, withdrawnReadings } = series;
  return (
    <section className="vitals-section" aria-labelledby="vitals-section-title">
      <Heading level={2} id="vitals-section-title" className="section-title">
        Vital signs
      </Heading>
      {points.length === 0 ? (
        <p className="hint">No vital signs were recorded in this session.</p>
      ) : (
        <>
          <Suspense fallback={<div className="vitals-chart vitals-chart-loading" />}>
            <VitalsChart series={series} />
          </Suspense>
          <table className="data-table vitals-table">
            <caption className="visually-hidden">Vital signs in time order, with the thresholds each reading crossed</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Since the dose</th>
                <th scope="col">Reading</th>
                <th scope="col">Alerts</th>
                <th scope="col">Marks</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.id} data-late={point.lateWrittenAt !== null ? '' : undefined}>
                  <th scope="row">{formatClockTime(point.at)}</th>
                  <td>{formatSinceDose(point.at, series.dosedAt)}</td>
                  <td>{describeVitals(point.vitals)}</td>
                  <td>
                    {point.alerts.length === 0 ? (
                      'None'
                    ) : (
                      <ul className="vitals-alerts">
                        {point.alerts.map((alert) => (
                          <li key={alert.thresholdId}>{alert.short}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>{readingMarks(point).join('. ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {withdrawnReadings > 0 ? (
        <p className="hint">
          {withdrawnReadings === 1 ? '1 reading was withdrawn and is not shown here' : `${withdrawnReadings} readings were withdrawn and are not shown here`};
          the timeline keeps withdrawn entries with their reasons.
        </p>
      ) : null}
      {points.length > 0 ? (
        <p className="hint">
          The dashed lines are the clinic&apos;s thresholds from Settings, over the time each holds for: alerts, never rules. Hollow markers are late entries.
        </p>
      ) : null}
    </section>
  );
}
