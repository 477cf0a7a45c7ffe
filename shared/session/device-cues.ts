import type { ProtocolCue } from './protocol';
import { ESKETAMINE_MINUTES_BETWEEN_DEVICES } from './routes';

/**
 * Esketamine comes in devices given 5 minutes apart (56 mg = 2 devices, 84 mg = 3). Device 1
 * starts the clock; each further device is a cue of the session's protocol. This module is the one
 * place that names those cues: it mints them, and it answers which device a cue stands for, so
 * nothing reads a number back out of an id.
 */

/** Device 1 is the dose that starts the clock; cues begin with the second. */
const FIRST_CUED_DEVICE = 2;
const DEVICE_CUE_PREFIX = 'device-';

export function deviceCueId(device: number): string {
  return `${DEVICE_CUE_PREFIX}${device}`;
}

/** Whether a protocol cue is one this module minted (and a new snapshot replaces). */
export function isDeviceCue(cue: Pick<ProtocolCue, 'id'>): boolean {
  return cue.id.startsWith(DEVICE_CUE_PREFIX);
}

/** The cues for devices 2..deviceCount, each due 5 minutes after the one before. */
export function deviceCues(deviceCount: number | null): ProtocolCue[] {
  if (!deviceCount || deviceCount < FIRST_CUED_DEVICE) return [];
  return Array.from({ length: deviceCount - FIRST_CUED_DEVICE + 1 }, (_, index) => {
    const device = index + FIRST_CUED_DEVICE;
    return {
      id: deviceCueId(device),
      label: `Device ${device} of ${deviceCount}`,
      atMinute: (device - 1) * ESKETAMINE_MINUTES_BETWEEN_DEVICES,
      kind: 'dose',
    };
  });
}

/** The device a cue of this session asks for, or null when the cue is not a device cue. */
export function deviceOfCue(cueId: string, deviceCount: number | null): number | null {
  if (!deviceCount) return null;
  for (let device = FIRST_CUED_DEVICE; device <= deviceCount; device += 1) if (deviceCueId(device) === cueId) return device;
  return null;
}

/**
 * The device the dose dialog suggests: the first planned device not yet recorded. Null without
 * devices, and once every planned device is recorded (there is no next one to suggest).
 */
export function nextDevice(deviceCount: number | null, devicesGiven: readonly number[]): number | null {
  if (!deviceCount) return null;
  for (let device = 1; device <= deviceCount; device += 1) if (!devicesGiven.includes(device)) return device;
  return null;
}
