import { migration001 } from './001-clients-and-settings';
import { migration002 } from './002-dosing-sessions';
import { migration003 } from './003-notes-homework-prompts';
import { migration004 } from './004-cancelled-sessions';
import { migration005 } from './005-signed-homework-links';
import { migration006 } from './006-default-protocol-minimums';
import { migration007 } from './007-measures';
import { migration008 } from './008-late-entries';
import { migration009 } from './009-courses';
import { migration010 } from './010-client-sex';
import { migration011 } from './011-audit-log';
import { migration012 } from './012-measure-drafts';
import { migration013 } from './013-side-effects';
import { migration014 } from './014-evaluations';
import { migration015 } from './015-prescriber-summaries';
import { migration016 } from './016-follow-up-contacts';
import { migration017 } from './017-note-service-date';
import { migration018 } from './018-caseload-indexes';
import { migration019 } from './019-note-revision-stretch';
import { migration020 } from './020-search-place-kept-while-typing';
import { migration021 } from './021-search-entries-caught-up';
import type { Migration } from './migration';

/** In order; each version one more than the last. Add new files, never edit a shipped one. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
  migration016,
  migration017,
  migration018,
  migration019,
  migration020,
  migration021,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
