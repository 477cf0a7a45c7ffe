import { DOSE_BOUNDS_MG, ESKETAMINE_MG_PER_DEVICE, type Route } from '../../../../../shared/session/routes';
import { TIMELINE_TEXT_LIMITS } from '../../../../../shared/session/timeline';
import { FormDialog } from '../../../ui/FormDialog';
import { TextInputField } from '../../../ui/TextInputField';
import { NumberField } from '../../../ui/NumberField';
import { entryDialogText, minutesAgo, minutesAgoProblem, type SaveEntry } from './entry-save';
import { MinutesAgoField } from './MinutesAgoField';
import { useRoomDialog } from './use-room-dialog';
import { useDraftField } from './use-room-dialog-draft';

interface DoseDialogProps {
  route: Route;
  /** Esketamine: how many devices the session plans, and which one comes next. */
  deviceCount: number | null;
  nextDevice: number | null;
  initial?: { amountMg: number; deviceNumber?: number; note?: string };
  correcting?: boolean;
  onSave: SaveEntry;
  onClose: () => void;
}

type DoseField = 'deviceNumber' | 'amountMg' | 'minutesAgo';

function doseProblems(route: Route, amount: number, device: number, deviceCount: number | null): Partial<Record<DoseField, string>> {
  if (route === 'esketamine') {
    const last = deviceCount ?? 3;
    return Number.isInteger(device) && device >= 1 && device <= last ? {} : { deviceNumber: `Enter a device from 1 to ${last}.` };
  }
  const { max } = DOSE_BOUNDS_MG[route];
  return Number.isFinite(amount) && amount > 0 && amount <= max ? {} : { amountMg: `Enter a dose above 0 and up to ${max} mg.` };
}

/** A later dose: a further esketamine device, or a top-up, with how long ago it was given. */
export function DoseDialog({ route, deviceCount, nextDevice, initial, correcting = false, onSave, onClose }: DoseDialogProps) {
  const esketamine = route === 'esketamine';
  const [amount, setAmount] = useDraftField('amount', initial?.amountMg ?? Number.NaN);
  const [device, setDevice] = useDraftField('device', initial?.deviceNumber ?? nextDevice ?? Number.NaN);
  const [note, setNote] = useDraftField('note', initial?.note ?? '');
  const [ago, setAgo] = useDraftField('minutesAgo', 0);
  const saving = useRoomDialog<DoseField>(entryDialogText('Dose', correcting), onClose);

  const allRecorded = deviceCount !== null && nextDevice === null && !correcting;
  const deviceHint = `Each device is ${ESKETAMINE_MG_PER_DEVICE} mg${deviceCount ? `; ${deviceCount} planned` : ''}.${allRecorded ? ` All ${deviceCount} are recorded.` : ''}`;

  const submit = () => {
    if (saving.showProblems({ ...doseProblems(route, amount, device, deviceCount), minutesAgo: minutesAgoProblem(ago) })) return;
    const entry = esketamine
      ? { kind: 'dose' as const, amountMg: ESKETAMINE_MG_PER_DEVICE, deviceNumber: device, note: note.trim() || undefined }
      : { kind: 'dose' as const, amountMg: amount, note: note.trim() || undefined };
    saving.saveThenClose(() => onSave(entry, correcting ? undefined : minutesAgo(ago)));
  };

  return (
    <FormDialog {...saving.dialogProps} onSubmit={submit}>
      <NumberField
        {...(esketamine
          ? { label: 'Device number', description: deviceHint, value: device, decimals: 0, ...saving.bind('deviceNumber', setDevice) }
          : { label: 'Amount (mg)', description: `Up to ${DOSE_BOUNDS_MG[route].max} mg.`, value: amount, decimals: 1, ...saving.bind('amountMg', setAmount) })}
        autoFocus
        className="field-short"
      />
      <TextInputField
        name="note"
        label="Note"
        description="Optional, e.g. top-up, site."
        value={note}
        onChange={setNote}
        maxLength={TIMELINE_TEXT_LIMITS.doseNote}
        autoComplete="off"
      />
      {correcting ? null : <MinutesAgoField label="Given this many minutes ago" value={ago} {...saving.bind('minutesAgo', setAgo)} />}
    </FormDialog>
  );
}
