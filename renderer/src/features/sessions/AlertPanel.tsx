import { formatSinceDose } from '../../ui/time-text';
import type { ShownAlert } from '../../../../shared/session/room-state';
import { VitalAlerts } from './VitalAlerts';

interface AlertPanelProps {
  alerts: ShownAlert[];
  at: number;
  dosedAt: number | null;
}

/**
 * What the latest reading crossed, with each threshold's source. It informs, it never stops
 * anything. Not a live region: the vitals form already announced it as it was typed.
 */
export function AlertPanel({ alerts, at, dosedAt }: AlertPanelProps) {
  if (alerts.length === 0) return null;
  return (
    <section className="alert-panel" aria-label="Vital sign alerts">
      <p className="alert-panel-title">Latest reading, {formatSinceDose(at, dosedAt)}</p>
      <VitalAlerts alerts={alerts} />
    </section>
  );
}
