import { z } from 'zod';
import { epochMillisSchema } from '../contract/fields';
import type { PhaseKey, ProtocolCue, ProtocolDefinition } from './protocol';
import { effectiveOfKind, type ResolvedEvent } from './timeline';

const MINUTE = 60_000;

/** The stored facts a session's clock derives from. Everything else is computed from these and `now`. */
export const sessionAnchorsSchema = z.strictObject({
  checkInAt: epochMillisSchema.nullable(),
  /** T0: the first dose. */
  dosedAt: epochMillisSchema.nullable(),
  /** One optional time per markable phase (MARKABLE_PHASES). */
  phaseMarks: z.strictObject({ onset: epochMillisSchema.optional(), return: epochMillisSchema.optional() }),
  acknowledgedCues: z.record(z.string(), epochMillisSchema),
  /** Discharge or end: the clock stops here. */
  endedAt: epochMillisSchema.nullable(),
});
export type SessionAnchors = z.infer<typeof sessionAnchorsSchema>;

export interface PhaseSpan {
  key: PhaseKey;
  label: string;
  startsAt: number;
  /** True when the therapist marked it rather than the protocol placing it. */
  marked: boolean;
}

export interface CueState {
  id: string;
  label: string;
  kind: ProtocolCue['kind'];
  dueAt: number;
  state: 'upcoming' | 'due' | 'acknowledged';
  acknowledgedAt: number | null;
  /** Negative once due. */
  remainingMs: number;
}

export interface SessionClock {
  stage: 'before-dose' | 'dosed' | 'ended';
  /** Milliseconds since T0 (frozen at the end); null before the dose. */
  elapsedMs: number | null;
  phase: PhaseSpan | null;
  nextPhase: PhaseSpan | null;
  phases: PhaseSpan[];
  cues: CueState[];
  /** When the protocol's minimum monitoring ends; null when it sets none or before the dose. */
  monitoringEndsAt: number | null;
}

/** Anchors from the resolved timeline: T0 is the first dose, marks and acknowledgements the latest. */
export function deriveAnchors(resolved: readonly ResolvedEvent[], times: { checkInAt: number | null; endedAt: number | null }): SessionAnchors {
  const doses = effectiveOfKind(resolved, 'dose');
  const phaseMarks: SessionAnchors['phaseMarks'] = {};
  for (const mark of effectiveOfKind(resolved, 'phase-mark')) phaseMarks[mark.entry.phase] = mark.at;
  const acknowledgedCues: Record<string, number> = {};
  for (const ack of effectiveOfKind(resolved, 'cue-acknowledged')) acknowledgedCues[ack.entry.cueId] = ack.at;
  return {
    checkInAt: times.checkInAt,
    dosedAt: doses.length ? Math.min(...doses.map((dose) => dose.at)) : null,
    phaseMarks,
    acknowledgedCues,
    endedAt: times.endedAt,
  };
}

/**
 * Phase start times: the protocol's offsets from T0, except that a marked phase starts when it
 * was marked and the phases after it keep their planned spacing from that mark.
 */
export function computePhaseSpans(dosedAt: number, protocol: ProtocolDefinition, marks: SessionAnchors['phaseMarks']): PhaseSpan[] {
  let shift = 0;
  return protocol.phases.map((phase) => {
    const planned = dosedAt + phase.startsAtMinute * MINUTE;
    const mark = (marks as Partial<Record<PhaseKey, number>>)[phase.key];
    if (mark !== undefined) shift = mark - planned;
    return { key: phase.key, label: phase.label, startsAt: planned + shift, marked: mark !== undefined };
  });
}

/** The session's clock at `now`: a pure function, so a tick only repaints and a restart resumes exactly. */
export function computeSessionClock(anchors: SessionAnchors, protocol: ProtocolDefinition, now: number): SessionClock {
  if (anchors.dosedAt === null) {
    return { stage: 'before-dose', elapsedMs: null, phase: null, nextPhase: null, phases: [], cues: [], monitoringEndsAt: null };
  }
  const dosedAt = anchors.dosedAt;
  const effectiveNow = anchors.endedAt !== null ? Math.min(now, anchors.endedAt) : now;
  const phases = computePhaseSpans(dosedAt, protocol, anchors.phaseMarks);
  // Marks can pull a later phase before an earlier one; the latest start not after now wins.
  const started = phases.filter((span) => span.startsAt <= effectiveNow);
  const phase = started.reduce<PhaseSpan | null>((latest, span) => (latest === null || span.startsAt >= latest.startsAt ? span : latest), null) ?? phases[0]!;
  const nextPhase = phases.filter((span) => span.startsAt > effectiveNow).sort((a, b) => a.startsAt - b.startsAt)[0] ?? null;
  const cues = protocol.cues
    .map((cue): CueState => {
      const dueAt = dosedAt + cue.atMinute * MINUTE;
      const acknowledgedAt = anchors.acknowledgedCues[cue.id] ?? null;
      const state = acknowledgedAt !== null ? 'acknowledged' : dueAt <= effectiveNow ? 'due' : 'upcoming';
      return { id: cue.id, label: cue.label, kind: cue.kind, dueAt, state, acknowledgedAt, remainingMs: dueAt - effectiveNow };
    })
    .sort((a, b) => a.dueAt - b.dueAt);
  return {
    stage: anchors.endedAt !== null ? 'ended' : 'dosed',
    elapsedMs: effectiveNow - dosedAt,
    phase,
    nextPhase,
    phases,
    cues,
    monitoringEndsAt: protocol.minimumMonitoringMinutes > 0 ? dosedAt + protocol.minimumMonitoringMinutes * MINUTE : null,
  };
}

/** "1:05:09" / "05:09": elapsed time as the big clock shows it. */
export function formatElapsed(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}
