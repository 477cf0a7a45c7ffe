import { describe, expect, it } from 'vitest';
import { EMPTY_REMS_MANUAL_FIELDS, type RemsPrefill } from '../../../../../../../shared/session/rems-form';
import { derivedText, lateMarkOf, printedDerived } from '../../../../../../../renderer/src/features/sessions/rems/rems-questions';
import { formatDateTime } from '../../../../../../../renderer/src/ui/time-text';

const PREFILL: RemsPrefill = {
  patientName: 'Test Person',
  dateOfBirth: null,
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
