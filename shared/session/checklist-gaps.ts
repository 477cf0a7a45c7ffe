import type { VitalField, Vitals } from './timeline';

interface ChecklistItem {
  id: string;
  label: string;
}

/** The labels of a checklist's items left unticked, in the protocol's order. */
export function untickedLabels(items: readonly ChecklistItem[], ticked: readonly string[]): string[] {
  return items.filter((item) => !ticked.includes(item.id)).map((item) => item.label);
}

/** What a discharge leaves out of the protocol: minutes short of its minimum (null when met or none is set) and unticked items. */
export interface DischargeGaps {
  minutesShort: number | null;
  unticked: string[];
}

export function dischargeGaps(
  protocol: { minimumMonitoringMinutes: number; dischargeChecklist: readonly ChecklistItem[] },
  monitoredMinutes: number,
  ticked: readonly string[],
): DischargeGaps {
  const short = protocol.minimumMonitoringMinutes - monitoredMinutes;
  return { minutesShort: short > 0 ? short : null, unticked: untickedLabels(protocol.dischargeChecklist, ticked) };
}

/** The pre-dose readings a check-in leaves out, by name; blood pressure counts only with both numbers. */
export function missingPreDoseReadings(vitals: Vitals | null): string[] {
  const has = (field: VitalField) => vitals?.[field] !== undefined;
  return [...(has('systolic') && has('diastolic') ? [] : ['blood pressure']), ...(has('heartRate') ? [] : ['heart rate']), ...(has('spo2') ? [] : ['SpO2'])];
}

/** A recorded checklist read against the protocol it ran under: each item with whether it was ticked (an item not recorded was not). */
export function checklistResults(items: readonly ChecklistItem[], recorded: Readonly<Record<string, boolean>>): { label: string; ticked: boolean }[] {
  return items.map((item) => ({ label: item.label, ticked: recorded[item.id] === true }));
}
