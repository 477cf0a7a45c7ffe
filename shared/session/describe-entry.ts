import type { ProtocolDefinition } from './protocol';
import { MOAAS_LEVELS, type TimelineEntry, type TimelineKind, type Vitals } from './timeline';

/* Timeline entries in words: one wording for the session room, its history and the printed record. */

export const KIND_LABELS: Record<TimelineKind, string> = {
  vitals: 'Vitals',
  dose: 'Dose',
  observation: 'Observation',
  quote: "Client's words",
  intervention: 'Intervention',
  'adverse-event': 'Adverse event',
  sedation: 'Sedation',
  'phase-mark': 'Phase',
  'cue-acknowledged': 'Cue',
  'clinically-ready': 'Clinically ready',
  'session-cancelled': 'Cancelled, not dosed',
};

/** "BP 128/82 mmHg · HR 70 bpm · SpO2 98%". */
export function describeVitals(vitals: Vitals): string {
  const parts: string[] = [];
  if (vitals.systolic !== undefined || vitals.diastolic !== undefined) parts.push(`BP ${vitals.systolic ?? '–'}/${vitals.diastolic ?? '–'} mmHg`);
  if (vitals.heartRate !== undefined) parts.push(`HR ${vitals.heartRate} bpm`);
  if (vitals.spo2 !== undefined) parts.push(`SpO2 ${vitals.spo2}%`);
  return parts.join(' · ');
}

export function moaasLabel(score: number): string {
  return MOAAS_LEVELS.find((level) => level.score === score)?.label ?? '';
}

/** One line for an entry, as the timeline and its history show it. */
export function describeEntry(entry: TimelineEntry, protocol: ProtocolDefinition): string {
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
      return `“${entry.text}”`;
    case 'adverse-event':
      return [entry.items.join(', '), entry.text].filter(Boolean).join('. ');
    case 'sedation':
      return `MOAA/S ${entry.moaas}: ${moaasLabel(entry.moaas)}`;
    case 'phase-mark':
      return entry.phase === 'onset' ? 'Onset marked' : 'Return marked';
    case 'cue-acknowledged':
      return `Acknowledged: ${protocol.cues.find((cue) => cue.id === entry.cueId)?.label ?? entry.cueId}`;
    case 'clinically-ready':
      return 'Clinically ready to leave';
    case 'session-cancelled':
      return entry.reason;
  }
}

/**
 * How an entry added after discharge is marked wherever it is shown ("Late entry, written 2 Dec
 * 2026, 15:30"); null for one made during the session. The caller formats the time for its reader.
 */
export function lateEntryMark(lateWrittenAt: number | null, formatTime: (epochMs: number) => string): string | null {
  return lateWrittenAt === null ? null : `Late entry, written ${formatTime(lateWrittenAt)}`;
}

/** A session's adverse events in one line: what was ticked, and a pointer to the timeline only when something was written there. */
export function describeAdverseEvents(items: readonly string[], details: boolean): string {
  if (items.length === 0) return details ? 'Details in timeline' : 'None';
  return details ? `${items.join(', ')} (details in timeline)` : items.join(', ');
}
