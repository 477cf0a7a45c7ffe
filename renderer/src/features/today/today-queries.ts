import { useState } from 'react';
import { localCalendarDate } from '../../../../shared/calendar-date';
import { useRpcQuery } from '../../rpc/rpc-queries';

/** The home screen's one read; today is the calendar date when the page opened. */
export function useTodayOverview() {
  const [today] = useState(() => localCalendarDate(Date.now()));
  return useRpcQuery('today.overview', { today });
}
