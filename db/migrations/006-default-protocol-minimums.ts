import type { Migration } from './migration';

/**
 * The default IM, IV and sublingual protocols shipped with no minimum monitoring time (0). They
 * now carry one from the route table (docs/clinical.md, section 2). A default the clinic has never
 * edited (updated_at still its created_at) gets the new minimum; an edited or archived one, a
 * clinic's own protocol and every session's snapshot stay as they are. The numbers are written out
 * here, not read from the current defaults, so this step always does the same.
 */
const MINIMUM_MINUTES_BY_ROUTE = { im: 150, sublingual: 120, iv: 70 } as const;

export const migration006: Migration = {
  version: 6,
  name: 'default protocols carry a minimum monitoring time',
  up(db) {
    const update = db.prepare<[number, string]>(
      `UPDATE protocols SET definition = json_set(definition, '$.minimumMonitoringMinutes', ?)
       WHERE route = ? AND is_default = 1 AND updated_at = created_at AND json_extract(definition, '$.minimumMonitoringMinutes') = 0`,
    );
    for (const [route, minutes] of Object.entries(MINIMUM_MINUTES_BY_ROUTE)) update.run(minutes, route);
  },
};
