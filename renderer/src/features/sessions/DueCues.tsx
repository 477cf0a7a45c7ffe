import { VisuallyHidden } from '../../ui/aria-primitives';
import type { CueState } from '../../../../shared/session/session-clock';
import { ESKETAMINE_MG_PER_DEVICE } from '../../../../shared/session/routes';
import { ActionButton } from '../../ui/ActionButton';
import { ACKNOWLEDGE_KEY } from './room-shortcuts';
import { formatOverdue } from '../../ui/time-text';

interface DueCuesProps {
  cues: readonly CueState[];
  busy: boolean;
  onAcknowledge: (cue: CueState) => void;
}

/** A device cue is answered by giving the device: acknowledging it logs that dose too. */
function acknowledgeLabel(cue: CueState): string {
  return cue.kind === 'dose' ? `${cue.label.replace(/ of \d+$/, '')} given (${ESKETAMINE_MG_PER_DEVICE} mg)` : 'Acknowledge';
}

/**
 * Cues that have come due, in a warm tone, the first answered with one key. Only their names are
 * announced (once, when the set changes): the "due 3 min ago" beside them must not chatter.
 */
export function DueCues({ cues, busy, onAcknowledge }: DueCuesProps) {
  const due = cues.filter((cue) => cue.state === 'due');
  return (
    <>
      <VisuallyHidden aria-live="polite">{due.length > 0 ? `Due now: ${due.map((cue) => cue.label).join('; ')}` : ''}</VisuallyHidden>
      {due.length > 0 ? (
        <ul className="plain-list cue-due-list" aria-label="Due now">
          {due.map((cue, index) => (
            <li key={cue.id} className="cue-due">
              <span className="cue-due-text">
                <span className="cue-label">{cue.label}</span>
                <span className="cue-when">{formatOverdue(cue.remainingMs)}</span>
              </span>
              <ActionButton
                variant={index === 0 ? 'primary' : 'secondary'}
                onPress={() => onAcknowledge(cue)}
                isDisabled={busy}
                keyShortcut={index === 0 ? ACKNOWLEDGE_KEY : undefined}
                aria-label={`${acknowledgeLabel(cue)}: ${cue.label}`}
              >
                {acknowledgeLabel(cue)}
                {index === 0 ? (
                  <kbd className="key-hint" aria-hidden="true">
                    {ACKNOWLEDGE_KEY}
                  </kbd>
                ) : null}
              </ActionButton>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
