import { describe, expect, it } from 'vitest';
import { deviceCueId, deviceCues, deviceOfCue, isDeviceCue, nextDevice } from '../../../../shared/session/device-cues';

describe('device cues', () => {
  it('mints a cue for each device after the first, 5 minutes apart', () => {
    expect(deviceCues(3)).toEqual([
      { id: 'device-2', label: 'Device 2 of 3', atMinute: 5, kind: 'dose' },
      { id: 'device-3', label: 'Device 3 of 3', atMinute: 10, kind: 'dose' },
    ]);
    expect(deviceCues(2).map((cue) => cue.id)).toEqual(['device-2']);
    expect(deviceCues(1)).toEqual([]);
    expect(deviceCues(null)).toEqual([]);
  });

  it('answers which device a cue asks for from the session, never past its last device', () => {
    for (const cue of deviceCues(3)) expect(deviceCueId(deviceOfCue(cue.id, 3)!)).toBe(cue.id);
    expect(deviceOfCue('device-3', 2)).toBeNull();
    expect(deviceOfCue('device-1', 3)).toBeNull();
    expect(deviceOfCue('device-2', null)).toBeNull();
    expect(deviceOfCue('bp-40', 3)).toBeNull();
    expect(deviceOfCue('device-22', 3)).toBeNull();
  });

  it('recognises its own cues', () => {
    expect(isDeviceCue({ id: deviceCueId(2) })).toBe(true);
    expect(isDeviceCue({ id: 'bp-40' })).toBe(false);
  });

  it('suggests the first planned device not yet recorded', () => {
    expect(nextDevice(3, [])).toBe(1);
    expect(nextDevice(3, [1])).toBe(2);
    expect(nextDevice(3, [1, 2])).toBe(3);
    // A device left out of the record comes before the one after the highest.
    expect(nextDevice(3, [1, 3])).toBe(2);
    expect(nextDevice(null, [1])).toBeNull();
  });

  it('suggests no device once every planned one is recorded (not the last one again)', () => {
    expect(nextDevice(3, [1, 2, 3])).toBeNull();
    expect(nextDevice(2, [1, 2])).toBeNull();
  });
});
