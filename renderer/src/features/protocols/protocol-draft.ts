import type { ZodError } from 'zod';
import { PHASE_KEYS, type PhaseKey, type ProtocolDefinition } from '../../../../shared/session/protocol';

export const PHASE_NAMES: Record<PhaseKey, string> = {
  onset: 'Onset',
  peak: 'Peak',
  return: 'Return',
  integration: 'Integration',
  discharge: 'Discharge',
};

/** One row per possible phase; unused ones stay in the form so they can be brought back. */
export interface PhaseRow {
  key: PhaseKey;
  used: boolean;
  label: string;
  startsAtMinute: number;
}

export function phaseRows(definition: ProtocolDefinition): PhaseRow[] {
  return PHASE_KEYS.map((key) => {
    const phase = definition.phases.find((candidate) => candidate.key === key);
    return { key, used: phase !== undefined, label: phase?.label ?? PHASE_NAMES[key], startsAtMinute: phase?.startsAtMinute ?? Number.NaN };
  });
}

export function phasesFromRows(rows: readonly PhaseRow[]): ProtocolDefinition['phases'] {
  return rows.filter((row) => row.used).map(({ key, label, startsAtMinute }) => ({ key, label, startsAtMinute }));
}

/** An id for a new cue or checklist item, from its label: stable once saved, since sessions and forms refer to ids. */
export function newItemId(label: string, taken: readonly string[]): string {
  const base =
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'item';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

const SECTION_NAMES: Record<string, string> = {
  name: 'Name',
  phases: 'Phases',
  cues: 'Cues',
  readinessChecklist: 'Readiness checklist',
  dischargeChecklist: 'Discharge checklist',
  minimumMonitoringMinutes: 'Minimum monitoring',
  source: 'Source',
};

/** The schema's complaints as sentences a therapist can act on ("Cues, item 2: ..."). */
export function describeIssues(issues: ZodError['issues']): string[] {
  return [
    ...new Set(
      issues.map((issue) => {
        const [section, index] = issue.path;
        const where = [SECTION_NAMES[String(section)] ?? String(section), typeof index === 'number' ? `item ${index + 1}` : null].filter(Boolean).join(', ');
        return `${where}: ${issue.message}`;
      }),
    ),
  ];
}
