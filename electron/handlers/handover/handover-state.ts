import { HANDOVER_PIN_ATTEMPTS } from '../../../shared/measures/handover-pin';

/** One hand-over: the draft the client is filling in (null once finished) and the PIN attempts spent on it. */
export interface ActiveHandover {
  readonly clientId: string;
  draftId: string | null;
  pinAttempts: number;
}

/**
 * Whether the screen is with the client, kept in main's memory only: dispatch() reads it to
 * refuse every other method, so no renderer state can talk it out of a hand-over. It ends with
 * the PIN or passphrase, with any lock (the unlock then needs the passphrase) and with the process.
 */
export class Handover {
  private current: ActiveHandover | null = null;

  get active(): boolean {
    return this.current !== null;
  }

  /** The hand-over in progress, or null. Compare by identity to tell whether it is still the same one after an await. */
  get inProgress(): ActiveHandover | null {
    return this.current;
  }

  begin(clientId: string, draftId: string): void {
    this.current = { clientId, draftId, pinAttempts: 0 };
  }

  /** Counts a PIN attempt before it is checked, so attempts made at once cannot all slip under the limit; false when none are left. */
  takePinAttempt(handover: ActiveHandover): boolean {
    if (handover.pinAttempts >= HANDOVER_PIN_ATTEMPTS) return false;
    handover.pinAttempts += 1;
    return true;
  }

  /** Ends this hand-over if it is still the current one (a lock may have ended it meanwhile); true when it did. */
  endIfCurrent(handover: ActiveHandover): boolean {
    if (this.current !== handover) return false;
    this.current = null;
    return true;
  }

  end(): void {
    this.current = null;
  }
}
