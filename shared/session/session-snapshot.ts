import type { ProtocolDefinition } from './protocol';
import { ESKETAMINE_MINUTES_BETWEEN_DEVICES } from './routes';

/**
 * The protocol as this session runs it: for esketamine, a cue for each further device, 5 minutes
 * apart (56 mg = 2 devices, 84 mg = 3). Stored with the session; template edits never reach it.
 */
export function snapshotProtocol(protocol: ProtocolDefinition, deviceCount: number | null): ProtocolDefinition {
  if (!deviceCount || deviceCount < 2) return protocol;
  const deviceCues = Array.from({ length: deviceCount - 1 }, (_, index) => {
    const device = index + 2;
    return {
      id: `device-${device}`,
      label: `Device ${device} of ${deviceCount}`,
      atMinute: (device - 1) * ESKETAMINE_MINUTES_BETWEEN_DEVICES,
      kind: 'dose' as const,
    };
  });
  const others = protocol.cues.filter((cue) => !cue.id.startsWith('device-'));
  return { ...protocol, cues: [...deviceCues, ...others].sort((a, b) => a.atMinute - b.atMinute) };
}
