import { describe, expect, it } from 'vitest';
import type { Homework } from '../../../../../../shared/contract';
import { dueSummary, groupForList } from '../../../../../../renderer/src/features/homework/homework-due';

/** Noon local time on 10 May 2026, so no time zone moves the day. */
const now = new Date(2026, 4, 10, 12).getTime();

describe('when homework is due', () => {
  it('says overdue in words for open homework only', () => {
    expect(dueSummary('2026-05-07', 'assigned', now)).toEqual({ relative: '3 days overdue', overdue: true });
    expect(dueSummary('2026-05-09', 'in-progress', now)).toEqual({ relative: '1 day overdue', overdue: true });
    expect(dueSummary('2026-05-07', 'completed', now)).toEqual({ relative: null, overdue: false });
    expect(dueSummary('2026-05-07', 'not-done', now)).toEqual({ relative: null, overdue: false });
  });

  it('counts whole days ahead', () => {
    expect(dueSummary('2026-05-10', 'assigned', now).relative).toBe('today');
    expect(dueSummary('2026-05-11', 'assigned', now).relative).toBe('tomorrow');
    expect(dueSummary('2026-05-17', 'assigned', now).relative).toBe('in 7 days');
  });
});

function homework(id: string, change: Partial<Homework>): Homework {
  return {
    id,
    clientId: 'c1',
    title: id,
    fields: { type: 'custom', instructions: '' },
    status: 'assigned',
    dueDate: null,
    outcome: null,
    statusChangedAt: 0,
    createdAt: 0,
    updatedAt: 0,
    ...change,
  };
}

describe('the list groups', () => {
  it('groups by where homework stands, in a fixed order, leaving out empty groups', () => {
    const list = [homework('reviewed', { status: 'reviewed' }), homework('assigned', {}), homework('completed', { status: 'completed' })];
    expect(groupForList(list).map((group) => [group.name, group.items.map((one) => one.id)])).toEqual([
      ['to-review', ['completed']],
      ['open', ['assigned']],
      ['done', ['reviewed']],
    ]);
  });

  it('orders open homework soonest due first (the overdue lead), undated last; to review oldest first; finished latest change first', () => {
    const list = [
      homework('reviewed-old', { status: 'reviewed', statusChangedAt: 1 }),
      homework('open-undated', { createdAt: 5 }),
      homework('open-later', { dueDate: '2026-06-01' }),
      homework('review-recent', { status: 'completed', statusChangedAt: 9 }),
      homework('open-overdue', { dueDate: '2026-05-01' }),
      homework('not-done-old', { status: 'not-done', statusChangedAt: 2 }),
      homework('review-waiting', { status: 'completed', statusChangedAt: 3 }),
      homework('open-sooner', { status: 'in-progress', dueDate: '2026-05-12' }),
      homework('reviewed-recent', { status: 'reviewed', statusChangedAt: 8 }),
      homework('not-done-recent', { status: 'not-done', statusChangedAt: 7 }),
    ];
    expect(groupForList(list).map((group) => [group.name, group.items.map((one) => one.id)])).toEqual([
      ['to-review', ['review-waiting', 'review-recent']],
      ['open', ['open-overdue', 'open-sooner', 'open-later', 'open-undated']],
      ['done', ['reviewed-recent', 'reviewed-old']],
      ['not-done', ['not-done-recent', 'not-done-old']],
    ]);
  });
});
