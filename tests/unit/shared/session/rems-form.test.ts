import { describe, expect, it } from 'vitest';
import {
  answerOrSuggested,
  EMPTY_REMS_MANUAL_FIELDS,
  prefillRemsForm,
  readyToLeaveOrSuggested,
  remsDueDate,
  remsManualFieldsSchema,
  sexOrRecorded,
  suggestedReadyTime,
} from '../../../../shared/session/rems-form';
import { resolveTimeline, type TimelineEntry, type TimelineEvent } from '../../../../shared/session/timeline';

const T0 = new Date(2026, 10, 24, 9, 0, 0).getTime();
const MIN = 60_000;
let sequence = 0;
const event = (minute: number, entry: TimelineEntry | null, links: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id: `e${++sequence}`,
  sequence,
  at: T0 + minute * MIN,
  recordedAt: T0 + minute * MIN,
  writtenLate: false,
  entry,
  supersedesId: null,
  retractsId: null,
  retractionReason: null,
  ...links,
});

describe('the REMS form filled from a timeline', () => {
  const vitalsBefore = event(-10, { kind: 'vitals', vitals: { systolic: 128, diastolic: 82, spo2: 98 } });
  const dose1 = event(0, { kind: 'dose', amountMg: 28, deviceNumber: 1 });
  const dose2 = event(5, { kind: 'dose', amountMg: 28, deviceNumber: 2 });
  const dose3 = event(10, { kind: 'dose', amountMg: 28, deviceNumber: 3 });
  const bp38 = event(38, { kind: 'vitals', vitals: { systolic: 150, diastolic: 90 } });
  const bp41 = event(41, { kind: 'vitals', vitals: { systolic: 158, diastolic: 94 } });
  const bp41corrected = event(43, { kind: 'vitals', vitals: { systolic: 148, diastolic: 92 } }, { supersedesId: bp41.id, at: T0 + 41 * MIN });
  const dissociation = event(20, { kind: 'adverse-event', items: ['dissociation', 'nausea'] });
  const sedation = event(25, { kind: 'sedation', moaas: 4 });
  const wrongRespiratory = event(26, { kind: 'adverse-event', items: ['respiratory depression'] });
  const retraction = event(27, null, { retractsId: wrongRespiratory.id, retractionReason: 'Wrong client' });
  const bpLate = event(115, { kind: 'vitals', vitals: { systolic: 130, diastolic: 84 } });
  const events = [vitalsBefore, dose1, dose2, dose3, bp38, bp41, bp41corrected, dissociation, sedation, wrongRespiratory, retraction, bpLate];

  const form = prefillRemsForm(
    { displayName: 'Test Person', dateOfBirth: '1980-01-02', sex: null },
    { checkInAt: T0 - 15 * MIN, endedAt: T0 + 125 * MIN, dischargeChecklist: { 'vitals-acceptable': true }, courseSessionNumber: 1 },
    resolveTimeline(events),
  );

  it('totals the devices into the dose category', () => {
    expect(form).toMatchObject({ doseMg: 84, doseCategory: '84', sessionDate: '2026-11-24' });
  });

  it('takes blood pressure before the dose, nearest 40 minutes (as corrected), and before discharge', () => {
    expect(form).toMatchObject({ bpBeforeDosing: '128/82', bpAt40Minutes: '148/92', bpBeforeDischarge: '130/84' });
  });

  it('counts monitoring minutes from the first device to the end', () => {
    expect(form.totalMonitoringMinutes).toBe(125);
  });

  it('answers sedation, dissociation and respiratory depression from effective events only', () => {
    expect(form).toMatchObject({ sedation: true, dissociation: true, respiratoryDepression: false, vitalsAcceptableBeforeDischarge: true });
  });

  it('suggests "first treatment" for session 1 of the course only, and the therapist\'s answer wins', () => {
    expect(form.firstTreatment).toBe(true);
    const later = prefillRemsForm(
      { displayName: 'Test Person', dateOfBirth: null, sex: null },
      { checkInAt: T0 - 15 * MIN, endedAt: T0 + 125 * MIN, dischargeChecklist: {}, courseSessionNumber: 2 },
      resolveTimeline(events),
    );
    expect(later.firstTreatment).toBeNull();
    expect(answerOrSuggested(EMPTY_REMS_MANUAL_FIELDS, form, 'firstTreatment')).toBe(true);
    expect(answerOrSuggested({ ...EMPTY_REMS_MANUAL_FIELDS, firstTreatment: false }, form, 'firstTreatment')).toBe(false);
  });

  it('says which answers rest on a late entry, and when it was written', () => {
    const written = T0 + 200 * MIN;
    const late = (minute: number, entry: TimelineEntry) => event(minute, entry, { recordedAt: written, writtenLate: true });
    const withLate = prefillRemsForm(
      { displayName: 'Test Person', dateOfBirth: '1980-01-02', sex: null },
      { checkInAt: T0 - 15 * MIN, endedAt: T0 + 125 * MIN, dischargeChecklist: {}, courseSessionNumber: 1 },
      resolveTimeline([
        ...events,
        late(40, { kind: 'vitals', vitals: { systolic: 152, diastolic: 91 } }),
        late(30, { kind: 'adverse-event', items: ['respiratory depression', 'dissociation'] }),
      ]),
    );
    expect(withLate).toMatchObject({ bpAt40Minutes: '152/91', respiratoryDepression: true, dissociation: true });
    // Dissociation was also logged in the room, so that answer does not rest on the late entry.
    expect(withLate.lateSources).toEqual({ bpAt40Minutes: written, respiratoryDepression: written });
    expect(form.lateSources).toEqual({});
  });

  it("takes the sex from the client record, and the therapist's answer wins", () => {
    const session = { checkInAt: T0 - 15 * MIN, endedAt: T0 + 125 * MIN, dischargeChecklist: {}, courseSessionNumber: 2 };
    const recorded = prefillRemsForm({ displayName: 'Test Person', dateOfBirth: null, sex: 'female' }, session, resolveTimeline(events));
    expect(recorded.sex).toBe('female');
    expect(sexOrRecorded(EMPTY_REMS_MANUAL_FIELDS, recorded)).toBe('female');
    expect(sexOrRecorded({ ...EMPTY_REMS_MANUAL_FIELDS, sex: 'other' }, recorded)).toBe('other');
    expect(form.sex).toBeNull();
    expect(sexOrRecorded(EMPTY_REMS_MANUAL_FIELDS, form)).toBe('');
  });

  it('suggests "ready to leave" from the latest effective "Clinically ready", and the therapist\'s time wins', () => {
    expect(form.clinicallyReadyAt).toBeNull();
    const early = event(70, { kind: 'clinically-ready' });
    const later = event(85, { kind: 'clinically-ready' });
    const laterWithdrawn = event(86, null, { retractsId: later.id, retractionReason: 'Logged too early' });
    const ready = (extra: TimelineEvent[]) =>
      prefillRemsForm(
        { displayName: 'Test Person', dateOfBirth: null, sex: null },
        { checkInAt: T0 - 15 * MIN, endedAt: T0 + 125 * MIN, dischargeChecklist: {}, courseSessionNumber: 2 },
        resolveTimeline([...events, ...extra]),
      );
    expect(suggestedReadyTime(ready([early, later]))).toBe('10:25');
    expect(ready([early, later, laterWithdrawn]).clinicallyReadyAt).toBe(early.at);
    expect(readyToLeaveOrSuggested(EMPTY_REMS_MANUAL_FIELDS, ready([early]))).toBe('10:10');
    expect(readyToLeaveOrSuggested({ ...EMPTY_REMS_MANUAL_FIELDS, readyToLeaveTime: '10:40' }, ready([early]))).toBe('10:40');
    expect(readyToLeaveOrSuggested(EMPTY_REMS_MANUAL_FIELDS, form)).toBe('');
  });

  it('is due 7 calendar days after the session', () => {
    expect(remsDueDate(T0)).toBe('2026-12-01');
  });
});

describe('resolveTimeline', () => {
  it('keeps every version and shows the latest', () => {
    const original = event(1, { kind: 'observation', text: 'first' });
    const fix = event(2, { kind: 'observation', text: 'second' }, { supersedesId: original.id, at: original.at });
    const [resolved] = resolveTimeline([fix, original]);
    expect(resolved).toMatchObject({ id: original.id, retracted: false, entry: { text: 'second' } });
    expect(resolved!.versions.map((v) => v.id)).toEqual([original.id, fix.id]);
  });
});

describe('REMS answers overridden by the therapist', () => {
  it('keeps forms saved before overrides existed, and takes an override of a derived answer only', () => {
    expect(remsManualFieldsSchema.parse(EMPTY_REMS_MANUAL_FIELDS).overrides).toBeUndefined();
    expect(remsManualFieldsSchema.parse({ ...EMPTY_REMS_MANUAL_FIELDS, overrides: { bpBeforeDosing: '134/86' } }).overrides).toEqual({
      bpBeforeDosing: '134/86',
    });
    expect(remsManualFieldsSchema.safeParse({ ...EMPTY_REMS_MANUAL_FIELDS, overrides: { patientName: 'Someone else' } }).success).toBe(false);
  });
});
