import { useMemo } from 'react';
import type { SessionDetail } from '../../../../shared/contract';
import { deriveRoomState } from '../../../../shared/session/room-state';
import type { VitalThreshold } from '../../../../shared/session/vital-thresholds';

/** The room's derived state (shared/session/room-state.ts), recomputed only when the record changes. */
export function useSessionTimeline({ session, events }: SessionDetail, thresholds: readonly VitalThreshold[]) {
  return useMemo(() => deriveRoomState(session, events, thresholds), [session, events, thresholds]);
}
