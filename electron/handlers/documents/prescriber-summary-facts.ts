import type { RecordStore } from '../../../db/record-store';
import type { Client } from '../../../shared/contract/clients';
import { RpcFailure } from '../../../shared/contract/errors';
import type { Measure } from '../../../shared/contract/measures';
import type { Session } from '../../../shared/contract/sessions';
import { MEASURE_KINDS } from '../../../shared/measures/questionnaires';
import { deriveRoomState, type RoomState } from '../../../shared/session/room-state';
import type { VitalThreshold } from '../../../shared/session/vital-thresholds';
import { vitalsSeries, type VitalsSeries } from '../../../shared/session/vitals-series';
import { scoredMeasures } from '../measures/scored-measures';
import { requireSession } from '../sessions/session-rules';
import { readSettings } from '../settings/settings-handlers';

/**
 * What the prescriber summary prints, read in one place: the session, its timeline as it now
 * stands, the vitals series, the clinic's thresholds and the client's latest measures. Notes are
 * not read at all, so no note text can reach the page.
 */
export interface PrescriberSummaryFacts {
  clinic: { clinicName: string | null; clinicianName: string | null };
  client: Pick<Client, 'id' | 'displayName' | 'dateOfBirth'>;
  session: Session;
  room: RoomState;
  series: VitalsSeries;
  thresholds: VitalThreshold[];
  /** The latest measure of each kind still standing (not withdrawn), PHQ-9 first. */
  latestMeasures: Measure[];
  summary: string;
  madeAt: number;
}

export function prescriberSummaryFacts(store: RecordStore, sessionId: string, summary: string, madeAt: number): PrescriberSummaryFacts {
  const session = requireSession(store, sessionId);
  const settings = readSettings(store);
  const room = deriveRoomState(session, store.sessions.events(sessionId), settings.vitalThresholds);
  // Discharged, with a dose that still stands: without one there is no T0 to count from.
  const series = session.status === 'discharged' ? vitalsSeries(room, settings.vitalThresholds, session.endedAt) : null;
  if (!series) throw new RpcFailure('CONFLICT', 'A summary for the prescriber is made once the session has been dosed and discharged.');
  const client = store.clients.get(session.clientId)!;
  const standing = scoredMeasures(store.measures.listForClient(client.id)).filter((measure) => measure.withdrawnAt === null);
  return {
    clinic: { clinicName: settings.clinicName, clinicianName: settings.clinicianName },
    client: { id: client.id, displayName: client.displayName, dateOfBirth: client.dateOfBirth },
    session,
    room,
    series,
    thresholds: settings.vitalThresholds,
    latestMeasures: MEASURE_KINDS.flatMap((kind) => standing.find((measure) => measure.kind === kind) ?? []),
    summary,
    madeAt,
  };
}
