import type { Session } from '../../../../shared/contract';
import { ESKETAMINE_MG_PER_DEVICE, ESKETAMINE_MINUTES_BETWEEN_DEVICES } from '../../../../shared/session/routes';
import { ActionButton } from '../../ui/ActionButton';

interface DosePanelProps {
  session: Session;
  busy: boolean;
  onDose: () => void;
  onOtherAmount: () => void;
}

/** Before T0: one clear action that records the dose and starts the clock. */
export function DosePanel({ session, busy, onDose, onOtherAmount }: DosePanelProps) {
  const esketamine = session.route === 'esketamine';
  const label = esketamine ? `Device 1 given (${ESKETAMINE_MG_PER_DEVICE} mg)` : `Dose given (${session.plannedDoseMg} mg)`;
  return (
    <section className="clock-panel dose-panel" aria-label="Dose">
      <p className="clock-caption">Checked in. The clock starts at the dose.</p>
      <p className="dose-plan">
        Planned: {session.plannedDoseMg} mg
        {esketamine && session.deviceCount ? `, ${session.deviceCount} devices ${ESKETAMINE_MINUTES_BETWEEN_DEVICES} minutes apart` : ''}
      </p>
      <ActionButton variant="primary" className="dose-button" onPress={onDose} busy={busy}>
        {label}: start the clock
      </ActionButton>
      {esketamine ? null : (
        <ActionButton variant="quiet" onPress={onOtherAmount}>
          A different amount…
        </ActionButton>
      )}
    </section>
  );
}
