import type { ProtocolDefinition } from '../session/protocol';
import { formatElapsed } from '../session/session-clock';
import { MOAAS_LEVELS, type TimelineEntry, type TimelineKind, type Vitals } from '../session/timeline';

/**
 * Timeline entries as words for the printed record. The same wording as the session room
 * (renderer/src/features/sessions/describe-entry.ts), which the renderer keeps for itself.
 */
export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  vitals: 'Vitals',
  dose: 'Dose',
  observation: 'Observation',
  quote: "Client's words",
  intervention: 'Intervention',
  'adverse-event': 'Adverse event',
  sedation: 'Sedation',
  'phase-mark': 'Phase',
  'cue-acknowledged': 'Cue',
};

function describeVitals(vitals: Vitals): string {
  const parts: string[] = [];
  if (vitals.systolic !== undefined || vitals.diastolic !== undefined) parts.push(`BP ${vitals.systolic ?? '-'}/${vitals.diastolic ?? '-'} mmHg`);
  if (vitals.heartRate !== undefined) parts.push(`HR ${vitals.heartRate} bpm`);
  if (vitals.spo2 !== undefined) parts.push(`SpO2 ${vitals.spo2}%`);
  return parts.join(' · ');
}

export function describeTimelineEntry(entry: TimelineEntry, protocol: ProtocolDefinition): string {
  switch (entry.kind) {
    case 'vitals':
      return describeVitals(entry.vitals);
    case 'dose': {
      const device = entry.deviceNumber ? `, device ${entry.deviceNumber}` : '';
      return `${entry.amountMg} mg${device}${entry.note ? `. ${entry.note}` : ''}`;
    }
    case 'observation':
    case 'intervention':
      return entry.text;
    case 'quote':
      return `"${entry.text}"`;
    case 'adverse-event':
      return [entry.items.join(', '), entry.text].filter(Boolean).join('. ');
    case 'sedation':
      return `MOAA/S ${entry.moaas}: ${MOAAS_LEVELS.find((level) => level.score === entry.moaas)?.label ?? ''}`;
    case 'phase-mark':
      return entry.phase === 'onset' ? 'Onset marked' : 'Return marked';
    case 'cue-acknowledged':
      return `Acknowledged: ${protocol.cues.find((cue) => cue.id === entry.cueId)?.label ?? entry.cueId}`;
  }
}

/** "T+12:05" or "T-03:10" from the first dose, as the session room shows it; null before any dose. */
export function formatTPlus(at: number, dosedAt: number | null): string | null {
  if (dosedAt === null) return null;
  return at >= dosedAt ? `T+${formatElapsed(at - dosedAt)}` : `T-${formatElapsed(Math.ceil((dosedAt - at) / 1000) * 1000)}`;
}
