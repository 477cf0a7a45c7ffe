import { describe, expect, it } from 'vitest';
import { caseloadLine } from '../../../../../../renderer/src/features/clients/describe-client';
import { formatCalendarDate, formatDate } from '../../../../../../renderer/src/ui/time-text';

const none = { clientId: 'c1', lastDosedAt: null, plannedSessions: 0, draftNotes: 0, openHomework: 0, nextDose: null };

describe('where a client stands, in the client list', () => {
  it('names only what there is, counted in words', () => {
    const dosedAt = Date.UTC(2026, 10, 24, 10);
    expect(caseloadLine({ ...none, lastDosedAt: dosedAt, plannedSessions: 1, draftNotes: 2, openHomework: 3 })).toBe(
      `Last dose ${formatDate(dosedAt)} · 1 session planned · 2 drafts to finish · 3 homework open`,
    );
    expect(caseloadLine({ ...none, plannedSessions: 2, draftNotes: 1 })).toBe('2 sessions planned · 1 draft to finish');
  });

  it("says the active course's next suggested dose, and when it is overdue", () => {
    expect(caseloadLine({ ...none, nextDose: { date: '2026-11-27', dose: 3, total: 6, overdue: false } })).toBe(
      `Next dose (3 of 6) suggested ${formatCalendarDate('2026-11-27')}`,
    );
    expect(caseloadLine({ ...none, nextDose: { date: '2026-11-20', dose: null, total: 6, overdue: true } })).toBe(
      `Next maintenance dose suggested ${formatCalendarDate('2026-11-20')}, overdue`,
    );
  });

  it('says nothing for a client with nothing to show, or before the facts arrive', () => {
    expect(caseloadLine(none)).toBeNull();
    expect(caseloadLine(undefined)).toBeNull();
  });
});
