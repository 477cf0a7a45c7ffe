import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOLS } from '../../../../shared/session/default-protocols';
import { describeEntry, KIND_LABELS } from '../../../../shared/session/describe-entry';
import { lateEntrySchema, timelineEntrySchema } from '../../../../shared/session/timeline';

describe('the "clinically ready" timeline entry', () => {
  it('is an entry of its own, carrying nothing but its time', () => {
    expect(timelineEntrySchema.parse({ kind: 'clinically-ready' })).toEqual({ kind: 'clinically-ready' });
    expect(timelineEntrySchema.safeParse({ kind: 'clinically-ready', text: 'ready' }).success).toBe(false);
  });

  it('stays in the room: it is not a late entry', () => {
    expect(lateEntrySchema.safeParse({ kind: 'clinically-ready' }).success).toBe(false);
  });

  it('reads the same in the room, its history and the printed record', () => {
    expect(KIND_LABELS['clinically-ready']).toBe('Clinically ready');
    expect(describeEntry({ kind: 'clinically-ready' }, DEFAULT_PROTOCOLS.esketamine)).toBe('Clinically ready to leave');
  });
});
