import type { ProtocolDefinition } from './protocol';
import type { Route } from './routes';

/**
 * The four protocols a new vault starts with (docs/clinical.md, section 2). Every number is a
 * clinic-editable default; a session keeps a snapshot of the protocol it ran under. The `source`
 * texts are shown to the therapist and stored in each vault, so they keep their first wording
 * ("CLINICAL.md" there is the clinical brief, now docs/clinical.md).
 */
const COMMON_READINESS = [
  { id: 'ride-home', label: 'Ride home confirmed (no driving until the next day, after sleep)' },
  { id: 'consent-current', label: 'Consent is current' },
  { id: 'intention', label: 'Intention for the session discussed' },
];

const COMMON_DISCHARGE = [
  { id: 'vitals-acceptable', label: 'Vitals acceptable' },
  { id: 'sedation-resolved', label: 'Sedation resolved (MOAA/S 5)' },
  { id: 'ride-present', label: 'Ride home present' },
  { id: 'no-driving', label: 'Reminded: no driving until the next day, after sleep' },
];

export const DEFAULT_PROTOCOLS: Record<Route, ProtocolDefinition> = {
  im: {
    name: 'Intramuscular ketamine',
    route: 'im',
    phases: [
      { key: 'onset', label: 'Onset', startsAtMinute: 0 },
      { key: 'peak', label: 'Peak', startsAtMinute: 5 },
      { key: 'return', label: 'Return', startsAtMinute: 60 },
      { key: 'integration', label: 'Integration', startsAtMinute: 90 },
      { key: 'discharge', label: 'Discharge', startsAtMinute: 150 },
    ],
    cues: [
      { id: 'vitals-15', label: 'Vitals check', atMinute: 15, kind: 'vitals' },
      { id: 'vitals-30', label: 'Vitals check', atMinute: 30, kind: 'vitals' },
      { id: 'vitals-60', label: 'Vitals check', atMinute: 60, kind: 'vitals' },
      { id: 'visit-window', label: 'End of the usual 2.5-hour visit', atMinute: 150, kind: 'monitoring-end' },
    ],
    readinessChecklist: [{ id: 'pre-dose-vitals', label: 'Pre-dose vitals recorded' }, ...COMMON_READINESS],
    dischargeChecklist: COMMON_DISCHARGE,
    minimumMonitoringMinutes: 150,
    source: 'CLINICAL.md, routes table: IM onset 3-5 min, acute 30-60 min, return about 1 h, visit 2.5-3 h (so at least 2.5 h of monitoring).',
  },
  sublingual: {
    name: 'Sublingual ketamine lozenge',
    route: 'sublingual',
    phases: [
      { key: 'onset', label: 'Onset', startsAtMinute: 0 },
      { key: 'peak', label: 'Peak', startsAtMinute: 20 },
      { key: 'return', label: 'Return', startsAtMinute: 60 },
      { key: 'integration', label: 'Integration', startsAtMinute: 105 },
      { key: 'discharge', label: 'Discharge', startsAtMinute: 150 },
    ],
    cues: [
      { id: 'swallow-or-spit', label: 'Lozenge time over: swallow or spit as instructed', atMinute: 15, kind: 'check' },
      { id: 'vitals-30', label: 'Vitals check', atMinute: 30, kind: 'vitals' },
      { id: 'vitals-60', label: 'Vitals check', atMinute: 60, kind: 'vitals' },
      { id: 'visit-window', label: 'End of the usual 2.5-hour visit', atMinute: 150, kind: 'monitoring-end' },
    ],
    readinessChecklist: [{ id: 'pre-dose-vitals', label: 'Pre-dose vitals recorded' }, ...COMMON_READINESS],
    dischargeChecklist: COMMON_DISCHARGE,
    minimumMonitoringMinutes: 120,
    source:
      'CLINICAL.md, routes table: sublingual onset 10-20 min, acute 30-45 min, return 1-2 h, 2-3 h in all (so at least 2 h of monitoring); troches take 5 min or more to dissolve (Dore et al. 2019).',
  },
  iv: {
    name: 'Intravenous ketamine, 0.5 mg/kg over 40 minutes',
    route: 'iv',
    phases: [
      { key: 'onset', label: 'Infusion running', startsAtMinute: 0 },
      { key: 'peak', label: 'Peak', startsAtMinute: 30 },
      { key: 'return', label: 'Return', startsAtMinute: 45 },
      { key: 'integration', label: 'Integration', startsAtMinute: 70 },
      { key: 'discharge', label: 'Discharge', startsAtMinute: 100 },
    ],
    cues: [
      { id: 'vitals-20', label: 'Blood pressure and heart rate', atMinute: 20, kind: 'vitals' },
      { id: 'infusion-end', label: 'Infusion complete (40 min); blood pressure near its peak', atMinute: 40, kind: 'vitals' },
      { id: 'vitals-90', label: 'Blood pressure and heart rate back to baseline?', atMinute: 90, kind: 'vitals' },
      { id: 'recovery-end', label: 'End of 60-minute recovery', atMinute: 100, kind: 'monitoring-end' },
    ],
    readinessChecklist: [{ id: 'pre-dose-vitals', label: 'Pre-dose vitals recorded' }, ...COMMON_READINESS],
    dischargeChecklist: COMMON_DISCHARGE,
    minimumMonitoringMinutes: 70,
    source:
      'CLINICAL.md, routes table: IV 0.5 mg/kg over 40 min; BP peaks near 40 min after start; BP and HR at baseline within 1.5 h; infusion + 30-60 min recovery (so at least 40 + 30 min of monitoring) (Wilkinson et al. 2021; Yip et al. 2022).',
  },
  esketamine: {
    name: 'Intranasal esketamine (Spravato)',
    route: 'esketamine',
    phases: [
      { key: 'onset', label: 'Onset', startsAtMinute: 0 },
      { key: 'peak', label: 'Peak', startsAtMinute: 15 },
      { key: 'return', label: 'Return', startsAtMinute: 45 },
      { key: 'integration', label: 'Integration', startsAtMinute: 90 },
      { key: 'discharge', label: 'Discharge', startsAtMinute: 120 },
    ],
    cues: [
      { id: 'bp-40', label: 'Blood pressure at 40 minutes', atMinute: 40, kind: 'vitals' },
      { id: 'bp-before-discharge', label: 'Blood pressure before discharge', atMinute: 110, kind: 'vitals' },
      { id: 'monitoring-end', label: 'End of the 2-hour monitoring', atMinute: 120, kind: 'monitoring-end' },
    ],
    readinessChecklist: [
      { id: 'pre-dose-bp', label: 'Blood pressure before the dose recorded' },
      { id: 'no-food', label: 'No food for 2 hours' },
      { id: 'no-liquids', label: 'No liquids for 30 minutes' },
      ...COMMON_READINESS,
    ],
    dischargeChecklist: [
      { id: 'two-hours', label: 'At least 2 hours since the first device' },
      { id: 'dissociation-resolved', label: 'Dissociation resolved' },
      { id: 'no-respiratory-depression', label: 'No respiratory depression' },
      ...COMMON_DISCHARGE,
    ],
    minimumMonitoringMinutes: 120,
    source:
      'CLINICAL.md, routes table and Monitoring: Spravato label; BP before the dose, about 40 min after and before discharge; at least 2 h from the first device and until sedation, dissociation and respiratory depression have resolved; 5 min between devices.',
  },
};
