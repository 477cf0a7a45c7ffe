import { describe, expect, it } from 'vitest';
import { describeAdverseEvents } from '../../../../shared/session/describe-entry';

describe('describeAdverseEvents', () => {
  it('names what was ticked and points to the timeline only when something was written there', () => {
    expect(describeAdverseEvents(['nausea', 'dizziness'], false)).toBe('nausea, dizziness');
    expect(describeAdverseEvents(['nausea', 'dizziness'], true)).toBe('nausea, dizziness (details in timeline)');
    expect(describeAdverseEvents([], true)).toBe('Details in timeline');
    expect(describeAdverseEvents([], false)).toBe('None');
  });

  it('never mentions an "other" event that was not ticked', () => {
    expect(describeAdverseEvents(['nausea'], true)).not.toMatch(/other/);
  });
});
