import { describe, expect, it } from 'vitest';
import { EMPTY_REMS_MANUAL_FIELDS, type RemsPrefill } from '../../../../../../../shared/session/rems-form';
import {
  derivedText,
  lateMarkOf,
  printedDerived,
  printedReadyToLeave,
  readyToLeaveNote,
} from '../../../../../../../renderer/src/features/sessions/rems/rems-questions';
import { formatClockTime, formatDateTime } from '../../../../../../../renderer/src/ui/time-text';

const PREFILL: RemsPrefill = {
  patientName: 'Test Person',
  dateOfBirth: null,
  sex: null,
  sessionDate: '2026-11-24',
  doseMg: 84,
  doseCategory: '84',
  totalMonitoringMinutes: 125,
  bpBeforeDosing: null,
  bpAt40Minutes: '148/92',
  bpBeforeDischarge: null,
  sedation: true,
  dissociation: false,
  respiratoryDepression: false,
  vitalsAcceptableBeforeDischarge: true,
  firstTreatment: true,
  clinicallyReadyAt: null,
  lateSources: {},
};

describe('derived REMS answers', () => {
  it('word the timeline’s answer as the form does', () => {
    expect(derivedText(PREFILL, 'dose')).toBe('84 mg');
    expect(derivedText(PREFILL, 'bpBeforeDosing')).toBe('Not recorded');
    expect(derivedText(PREFILL, 'sedation')).toBe('Yes');
  });

  it('print an override with the timeline’s answer kept beside it, and the timeline’s answer alone otherwise', () => {
    const fields = { ...EMPTY_REMS_MANUAL_FIELDS, overrides: { bpBeforeDosing: '134/86' } };
    expect(printedDerived(fields, PREFILL, 'bpBeforeDosing')).toBe('134/86 (overridden; the timeline says Not recorded)');
    expect(printedDerived(fields, PREFILL, 'bpAt40Minutes')).toBe('148/92');
  });

  it('mark an answer that rests on a late entry, on screen and in print, overridden or not', () => {
    const written = new Date(2026, 10, 24, 16, 5).getTime();
    const late = { ...PREFILL, lateSources: { bpAt40Minutes: written } };
    const mark = lateMarkOf(late, 'bpAt40Minutes');
    expect(mark).toBe(`Late entry, written ${formatDateTime(written)}`);
    expect(lateMarkOf(late, 'bpBeforeDosing')).toBeNull();
    expect(printedDerived(EMPTY_REMS_MANUAL_FIELDS, late, 'bpAt40Minutes')).toBe(`148/92 (${mark})`);
    const overridden = { ...EMPTY_REMS_MANUAL_FIELDS, overrides: { bpAt40Minutes: '150/90' } };
    expect(printedDerived(overridden, late, 'bpAt40Minutes')).toBe(`150/90 (overridden; the timeline says 148/92 (${mark}))`);
  });
});

describe('the ready-to-leave time as printed', () => {
  it('prints the timeline’s time, or the therapist’s with the timeline’s kept beside it', () => {
    const suggested = { ...PREFILL, clinicallyReadyAt: new Date(2026, 10, 24, 10, 25).getTime() };
    expect(printedReadyToLeave(EMPTY_REMS_MANUAL_FIELDS, suggested)).toBe('10:25');
    expect(printedReadyToLeave({ ...EMPTY_REMS_MANUAL_FIELDS, readyToLeaveTime: '10:40' }, suggested)).toBe('10:40 (overridden; the timeline says 10:25)');
    expect(printedReadyToLeave({ ...EMPTY_REMS_MANUAL_FIELDS, readyToLeaveTime: '10:40' }, PREFILL)).toBe('10:40');
    expect(printedReadyToLeave(EMPTY_REMS_MANUAL_FIELDS, PREFILL)).toBe('Not recorded');
  });

  it('says under the field where a suggested time comes from, and keeps it in view once changed', () => {
    const at = new Date(2026, 10, 24, 10, 25).getTime();
    const suggested = { ...PREFILL, clinicallyReadyAt: at };
    expect(readyToLeaveNote(EMPTY_REMS_MANUAL_FIELDS, PREFILL)).toBe('The time, HH:MM.');
    expect(readyToLeaveNote(EMPTY_REMS_MANUAL_FIELDS, suggested)).toBe(
      `From “Clinically ready” logged at ${formatClockTime(at)}. Change it if that is not right.`,
    );
    expect(readyToLeaveNote({ ...EMPTY_REMS_MANUAL_FIELDS, readyToLeaveTime: '10:40' }, suggested)).toBe(
      `Changed. The timeline has “Clinically ready” logged at ${formatClockTime(at)}.`,
    );
  });
});
