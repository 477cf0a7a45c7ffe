import { describe, expect, it } from 'vitest';
import type { ResolvedEvent, TimelineEntry } from '../../../../shared/session/timeline';
import { adverseEventsLogged, checklistItems, sideEffectRows } from '../../../../shared/side-effects/side-effect-checklist';
import { hasRepeatedLabel, sideEffectItemListSchema } from '../../../../shared/side-effects/side-effect-items';

const clinic = ['Nausea', 'Headache', 'Dizziness'];

describe('the clinic list', () => {
  it('names each item once, whatever the case or the spaces around it', () => {
    expect(hasRepeatedLabel(['Nausea', 'Headache'])).toBe(false);
    expect(hasRepeatedLabel(['Nausea', ' nausea '])).toBe(true);
    expect(sideEffectItemListSchema.safeParse(['Nausea', 'NAUSEA']).success).toBe(false);
    expect(sideEffectItemListSchema.parse(['  Nausea ', 'Headache'])).toEqual(['Nausea', 'Headache']);
  });
});

describe('checklistItems', () => {
  it('asks the clinic list when nothing was recorded', () => {
    expect(checklistItems(clinic, [])).toEqual(clinic);
  });

  it('keeps the labels an earlier save recorded, and what the clinic no longer lists at the end', () => {
    const recorded = [
      { label: 'nausea', level: 'mild' as const },
      { label: 'Feeling drunk', level: 'moderate' as const },
    ];
    expect(checklistItems(clinic, recorded)).toEqual(['nausea', 'Headache', 'Dizziness', 'Feeling drunk']);
  });
});

describe('adverseEventsLogged', () => {
  const event = (id: string, entry: TimelineEntry, retracted = false): ResolvedEvent => ({ id, at: 1, entry, retracted, lateWrittenAt: null, versions: [] });

  it('names each adverse event the room logged once, leaving out withdrawn entries and other kinds', () => {
    const resolved = [
      event('a', { kind: 'adverse-event', items: ['nausea', 'dizziness'] }),
      event('b', { kind: 'adverse-event', items: ['nausea'], text: 'again' }),
      event('c', { kind: 'adverse-event', items: ['headache'] }, true),
      event('d', { kind: 'observation', text: 'headache mentioned' }),
    ];
    expect(adverseEventsLogged(resolved)).toEqual(['nausea', 'dizziness']);
  });
});

describe('sideEffectRows', () => {
  it('has a row per item recorded in the course, in the clinic order, with a level per dose and null where not recorded', () => {
    const rows = sideEffectRows(clinic, [
      [
        { label: 'Headache', level: 'mild' },
        { label: 'Nausea', level: 'none' },
      ],
      null,
      [
        { label: 'nausea', level: 'severe' },
        { label: 'Feeling drunk', level: 'moderate' },
        { label: 'Euphoria', level: 'mild' },
      ],
    ]);
    expect(rows).toEqual([
      { label: 'Nausea', levels: ['none', null, 'severe'] },
      { label: 'Headache', levels: ['mild', null, null] },
      { label: 'Feeling drunk', levels: [null, null, 'moderate'] },
      { label: 'Euphoria', levels: [null, null, 'mild'] },
    ]);
  });

  it('has no rows when no checklist was recorded', () => {
    expect(sideEffectRows(clinic, [null, null])).toEqual([]);
  });
});
