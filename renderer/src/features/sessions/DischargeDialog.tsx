import type { Session } from '../../../../shared/contract';
import { dischargeGaps } from '../../../../shared/session/checklist-gaps';
import { FormDialog } from '../../ui/FormDialog';
import { ChecklistField, checklistState } from './fields/ChecklistField';
import { Facts } from './fields/Facts';
import { GapsWarning } from './fields/GapsWarning';
import { minutesAgoProblem } from './quick-log/entry-save';
import { MinutesAgoField } from './quick-log/MinutesAgoField';
import { useRoomDialog } from './quick-log/use-room-dialog';
import { useDischarge } from './session-queries';
import { formatClockTime, formatMinutes } from '../../ui/time-text';
import { useNow } from './use-now';
import { useDraftField } from './quick-log/use-room-dialog-draft';

const MINUTE = 60_000;

interface DischargeDialogProps {
  session: Session;
  dosedAt: number;
  onClose: () => void;
}

/** The protocol's discharge checklist, the end time and the monitoring total; a short stay and unticked items are named, never refused. */
export function DischargeDialog({ session, dosedAt, onClose }: DischargeDialogProps) {
  const now = useNow();
  const [ticked, setTicked] = useDraftField<string[]>('ticked', []);
  const [ago, setAgo] = useDraftField('minutesAgo', 0);
  const discharge = useDischarge();
  const discharging = useRoomDialog<'minutesAgo'>({ title: 'Discharge', submitLabel: 'Discharge and end the session' }, onClose);
  const { dischargeChecklist, minimumMonitoringMinutes } = session.protocol;
  const endAt = Math.max(dosedAt, now - (Number.isNaN(ago) ? 0 : ago) * MINUTE);
  const totalMinutes = Math.round((endAt - dosedAt) / MINUTE);
  const gaps = dischargeGaps(session.protocol, totalMinutes, ticked);

  const submit = () => {
    if (discharging.showProblems({ minutesAgo: minutesAgoProblem(ago) })) return;
    // The end is measured when the therapist confirms, not when the dialog opened.
    const at = Math.max(dosedAt, Date.now() - (Number.isNaN(ago) ? 0 : ago) * MINUTE);
    discharging.saveThenClose(() => discharge.mutateAsync({ id: session.id, checklist: checklistState(dischargeChecklist, ticked), at }));
  };

  return (
    <FormDialog {...discharging.dialogProps} onSubmit={submit} modalClassName="room-modal-wide">
      <ChecklistField label="Before the client leaves" items={dischargeChecklist} value={ticked} onChange={setTicked} />
      <MinutesAgoField label="Ended this many minutes ago" value={ago} {...discharging.bind('minutesAgo', setAgo)} />
      <Facts
        facts={[
          ['End time', formatClockTime(endAt)],
          ['Total monitoring', formatMinutes(totalMinutes)],
        ]}
      />
      <GapsWarning
        lines={
          gaps.minutesShort === null
            ? []
            : [`This is ${formatMinutes(totalMinutes)} after the first dose; the protocol asks for at least ${formatMinutes(minimumMonitoringMinutes)}.`]
        }
        unticked={gaps.unticked}
        untickedLabel="Not ticked before the client leaves"
        footer="You can still discharge; the record shows the time and the checklist as they are."
      />
    </FormDialog>
  );
}
