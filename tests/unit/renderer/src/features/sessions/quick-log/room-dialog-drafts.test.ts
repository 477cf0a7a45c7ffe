import { describe, expect, it } from 'vitest';
import {
  forgetRoomDialog,
  keepDraftValue,
  keepRoomDialog,
  keptDraftValue,
  keptRoomDialog,
} from '../../../../../../../renderer/src/features/sessions/quick-log/room-dialog-drafts';

describe('room dialog drafts', () => {
  it('keep the open dialog and its values per session until the dialog is forgotten', () => {
    keepRoomDialog('s1', { kind: 'log', entryKind: 'observation' });
    keepDraftValue('s1', 'text', 'Eyes closed, breathing slow');
    keepDraftValue('s1', 'minutesAgo', 0);
    expect(keptRoomDialog('s1')).toEqual({ kind: 'log', entryKind: 'observation' });
    expect(keptDraftValue('s1', 'text')).toEqual({ value: 'Eyes closed, breathing slow' });
    // A kept 0 is a value, not "nothing kept".
    expect(keptDraftValue('s1', 'minutesAgo')).toEqual({ value: 0 });
    expect(keptDraftValue('s1', 'note')).toBeNull();
    expect(keptRoomDialog('s2')).toBeNull();

    forgetRoomDialog('s1');
    expect(keptRoomDialog('s1')).toBeNull();
    expect(keptDraftValue('s1', 'text')).toBeNull();
  });

  it('start a newly opened dialog empty, and keep nothing typed once it is forgotten', () => {
    keepRoomDialog('s1', { kind: 'log', entryKind: 'observation' });
    keepDraftValue('s1', 'text', 'old words');
    keepRoomDialog('s1', { kind: 'log', entryKind: 'quote' });
    expect(keptDraftValue('s1', 'text')).toBeNull();
    forgetRoomDialog('s1');
    keepDraftValue('s1', 'text', 'typed after closing');
    expect(keptRoomDialog('s1')).toBeNull();
    expect(keptDraftValue('s1', 'text')).toBeNull();
  });
});
