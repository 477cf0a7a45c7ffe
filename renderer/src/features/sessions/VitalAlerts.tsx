import type { ShownAlert } from '../../../../shared/session/room-state';

interface VitalAlertsProps {
  alerts: ShownAlert[];
  /** Message and threshold only, for timeline rows; the alert panel above shows the source. */
  compact?: boolean;
}

/** Readings past a clinic threshold, each naming the threshold and its source. Information, never a block. */
export function VitalAlerts({ alerts, compact = false }: VitalAlertsProps) {
  if (alerts.length === 0) return null;
  return (
    <ul className={compact ? 'plain-list vital-alerts vital-alerts-compact' : 'plain-list vital-alerts'}>
      {alerts.map((alert) => (
        <li key={alert.thresholdId} className="vital-alert">
          <span className="vital-alert-message">
            <span className="alert-mark" aria-hidden="true">
              !
            </span>
            {alert.message}
          </span>
          <span className="vital-alert-threshold">Threshold: {alert.threshold}.</span>
          {compact ? null : <span className="vital-alert-source">Source: {alert.source}</span>}
        </li>
      ))}
    </ul>
  );
}
