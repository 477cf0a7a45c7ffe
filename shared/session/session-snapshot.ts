import { deviceCues, isDeviceCue } from './device-cues';
import type { ProtocolDefinition } from './protocol';

/**
 * The protocol as this session runs it: for esketamine, a cue for each further device, 5 minutes
 * apart (56 mg = 2 devices, 84 mg = 3). Stored with the session; template edits never reach it.
 */
export function snapshotProtocol(protocol: ProtocolDefinition, deviceCount: number | null): ProtocolDefinition {
  const devices = deviceCues(deviceCount);
  if (devices.length === 0) return protocol;
  const others = protocol.cues.filter((cue) => !isDeviceCue(cue));
  return { ...protocol, cues: [...devices, ...others].sort((a, b) => a.atMinute - b.atMinute) };
}
