import { describe, expect, it } from 'vitest';
import { Handover } from '../../../../../electron/handlers/handover/handover-state';
import { HANDOVER_PIN_ATTEMPTS, isPinShaped } from '../../../../../shared/measures/handover-pin';

describe('hand-over state in main', () => {
  it('counts each PIN attempt before it is checked and refuses the PIN once the attempts are spent', () => {
    const handover = new Handover();
    handover.begin('client-1', 'draft-1');
    const current = handover.inProgress!;
    const taken = Array.from({ length: HANDOVER_PIN_ATTEMPTS + 3 }, () => handover.takePinAttempt(current));
    expect(taken.filter(Boolean)).toHaveLength(HANDOVER_PIN_ATTEMPTS);
    expect(taken.at(-1)).toBe(false);
    expect(handover.active).toBe(true);
  });

  it('starts every hand-over with all attempts, and ends only the hand-over that is still current', () => {
    const handover = new Handover();
    handover.begin('client-1', 'draft-1');
    const first = handover.inProgress!;
    while (handover.takePinAttempt(first));
    handover.end();
    expect(handover.active).toBe(false);
    expect(handover.endIfCurrent(first)).toBe(false);
    handover.begin('client-1', 'draft-2');
    const second = handover.inProgress!;
    expect(handover.takePinAttempt(second)).toBe(true);
    expect(handover.endIfCurrent(first)).toBe(false);
    expect(handover.active).toBe(true);
    expect(handover.endIfCurrent(second)).toBe(true);
    expect(handover.active).toBe(false);
  });

  it('takes 4 to 8 digits as a PIN and anything else as a passphrase', () => {
    expect(['1234', '12345678', '0000'].map(isPinShaped)).toEqual([true, true, true]);
    expect(['123', '123456789', '12a4', ' 1234', 'lantern orchard mosaic tundra 47', '１２３４'].map(isPinShaped)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
