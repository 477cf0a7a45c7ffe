import { ActionButton } from '../../ui/ActionButton';
import { LOG_SHORTCUTS } from './room-shortcuts';

const VITALS_KEY = LOG_SHORTCUTS.find((shortcut) => shortcut.kind === 'vitals')!.key;

interface VitalsOfferProps {
  /** The vitals cue just acknowledged; null when there is nothing to offer. */
  cueLabel: string | null;
  onOpen: () => void;
  onDismiss: () => void;
}

/**
 * After a vitals or blood-pressure cue is acknowledged, the next step is usually the reading: offer
 * the Vitals form at once (its key works too). The live region stays in the page so the offer is announced.
 */
export function VitalsOffer({ cueLabel, onOpen, onDismiss }: VitalsOfferProps) {
  return (
    <div role="status" className="vitals-offer-region">
      {cueLabel ? (
        <div className="vitals-offer">
          <span>Acknowledged: {cueLabel}.</span>
          <ActionButton variant="primary" keyShortcut={VITALS_KEY} onPress={onOpen}>
            Record vitals now
            <kbd className="key-hint" aria-hidden="true">
              {VITALS_KEY}
            </kbd>
          </ActionButton>
          <ActionButton variant="quiet" onPress={onDismiss}>
            Not now
          </ActionButton>
        </div>
      ) : null}
    </div>
  );
}
