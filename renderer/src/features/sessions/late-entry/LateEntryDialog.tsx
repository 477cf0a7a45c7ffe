import { useState } from 'react';
import type { Session } from '../../../../../shared/contract';
import { stageAt } from '../../../../../shared/session/room-state';
import type { LateEntryKind, Vitals } from '../../../../../shared/session/timeline';
import type { VitalThreshold } from '../../../../../shared/session/vital-thresholds';
import { AdverseEventDialog } from '../quick-log/AdverseEventDialog';
import type { SaveEntry } from '../quick-log/entry-save';
import { TextEntryDialog } from '../quick-log/TextEntryDialog';
import { VitalsDialog } from '../quick-log/VitalsDialog';
import { useAddLateEntry } from '../session-queries';
import { type DischargedTimes, lateEntryAt } from './late-entry-time';
import { LateEntryTimeField } from './LateEntryTimeField';

interface LateEntryDialogProps {
  kind: LateEntryKind;
  session: Session;
  times: DischargedTimes;
  dosedAt: number | null;
  baseline: Vitals | null;
  thresholds: readonly VitalThreshold[];
  onClose: () => void;
}

/** The room's own dialog for the kind, with the time it refers to in place of "minutes ago"; main keeps when it was written. */
export function LateEntryDialog({ kind, session, times, dosedAt, baseline, thresholds, onClose }: LateEntryDialogProps) {
  const [minutesBefore, setMinutesBefore] = useState(0);
  const add = useAddLateEntry();
  const at = lateEntryAt(times, Number.isNaN(minutesBefore) ? 0 : minutesBefore);
  const onSave: SaveEntry = (entry) => add.mutateAsync({ sessionId: session.id, entry, at });
  const lateTime = <LateEntryTimeField times={times} dosedAt={dosedAt} minutesBefore={minutesBefore} onChange={setMinutesBefore} />;
  const common = { lateTime, onSave, onClose };
  switch (kind) {
    case 'observation':
    case 'quote':
      return <TextEntryDialog kind={kind} {...common} />;
    case 'vitals':
      return <VitalsDialog stage={stageAt(at, dosedAt)} baseline={baseline} thresholds={thresholds} route={session.route} {...common} />;
    case 'adverse-event':
      return <AdverseEventDialog {...common} />;
  }
}
