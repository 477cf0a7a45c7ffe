import { useId, useState } from 'react';
import type { ShownAlert } from '../../../../shared/session/room-state';
import { ActionButton } from '../../ui/ActionButton';

interface VitalAlertsProps {
  alerts: ShownAlert[];
  /** Message and threshold only, for timeline rows. */
  compact?: boolean;
}

/** The alert's sentence; with `short`, the eye gets the one-line form and assistive technology the sentence. */
function AlertMessage({ message, short }: { message: string; short?: string }) {
  return (
    <span className="vital-alert-message">
      <span className="alert-mark" aria-hidden="true">
        !
      </span>
      {short ? (
        <>
          <span className="vital-alert-short" aria-hidden="true">
            {short}
          </span>
          <span className="visually-hidden">{message}</span>
        </>
      ) : (
        message
      )}
    </span>
  );
}

/** One alert on one line; the threshold in words and its source open beneath it, so several alerts leave the room readable. */
function VitalAlertLine({ alert }: { alert: ShownAlert }) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  return (
    <li className="vital-alert">
      <span className="vital-alert-line">
        <AlertMessage message={alert.message} short={alert.short} />
        <ActionButton
          variant="quiet"
          className="vital-alert-toggle"
          aria-label={`Source for: ${alert.message}`}
          aria-expanded={open}
          aria-controls={open ? detailsId : undefined}
          onPress={() => setOpen(!open)}
        >
          Source
        </ActionButton>
      </span>
      {open ? (
        <span id={detailsId} className="vital-alert-details">
          <span aria-hidden="true">{alert.message}.</span>
          <span className="vital-alert-threshold">Threshold: {alert.threshold}.</span>
          <span className="vital-alert-source">Source: {alert.source}</span>
        </span>
      ) : null}
    </li>
  );
}

/** Readings past a clinic threshold, each naming the threshold and its source. Information, never a block. */
export function VitalAlerts({ alerts, compact = false }: VitalAlertsProps) {
  if (alerts.length === 0) return null;
  if (compact) {
    return (
      <ul className="plain-list vital-alerts vital-alerts-compact">
        {alerts.map((alert) => (
          <li key={alert.thresholdId} className="vital-alert">
            <AlertMessage message={alert.message} />
            <span className="vital-alert-threshold">Threshold: {alert.threshold}.</span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="plain-list vital-alerts vital-alerts-lines">
      {alerts.map((alert) => (
        <VitalAlertLine key={alert.thresholdId} alert={alert} />
      ))}
    </ul>
  );
}
