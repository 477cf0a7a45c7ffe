import { describe, expect, it } from 'vitest';
import { describeAdverseEvents, lateEntryMark } from '../../../../shared/session/describe-entry';

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

describe('lateEntryMark', () => {
  it("marks an entry added after discharge with when it was written, in the caller's format", () => {
    const written = Date.UTC(2026, 11, 2, 15, 30);
    expect(lateEntryMark(written, (at) => new Date(at).toISOString())).toBe('Late entry, written 2026-12-02T15:30:00.000Z');
  });

  it('leaves an entry made during the session unmarked', () => {
    expect(lateEntryMark(null, () => 'never called')).toBeNull();
  });
});
