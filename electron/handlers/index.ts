import type { HandlerMap } from '../rpc/handler-types';
import { auditHandlers } from './audit/audit-handlers';
import { backupsHandlers } from './backups/backups-handlers';
import { clientsHandlers } from './clients/clients-handlers';
import { coursesHandlers } from './courses/courses-handlers';
import { documentsHandlers } from './documents/documents-handlers';
import { evaluationsHandlers } from './evaluations/evaluations-handlers';
import { exportsHandlers } from './exports/exports-handlers';
import { handoverHandlers } from './handover/handover-handlers';
import { followUpsHandlers } from './follow-ups/follow-ups-handlers';
import { homeworkHandlers } from './homework/homework-handlers';
import { measuresHandlers } from './measures/measures-handlers';
import { notesHandlers } from './notes/notes-handlers';
import { promptsHandlers } from './prompts/prompts-handlers';
import { searchHandlers } from './search/search-handlers';
import { protocolsHandlers } from './protocols/protocols-handlers';
import { sessionsHandlers } from './sessions/sessions-handlers';
import { settingsHandlers } from './settings/settings-handlers';
import { sideEffectsHandlers } from './side-effects/side-effects-handlers';
import { todayHandlers } from './today/today-handlers';
import { vaultHandlers } from './vault/vault-handlers';

/** Every method in the contract has exactly one handler here; the type fails if one is missing. */
export const handlers: HandlerMap = {
  ...vaultHandlers,
  ...clientsHandlers,
  ...settingsHandlers,
  ...protocolsHandlers,
  ...sessionsHandlers,
  ...documentsHandlers,
  ...notesHandlers,
  ...homeworkHandlers,
  ...measuresHandlers,
  ...promptsHandlers,
  ...searchHandlers,
  ...exportsHandlers,
  ...backupsHandlers,
  ...coursesHandlers,
  ...evaluationsHandlers,
  ...todayHandlers,
  ...auditHandlers,
  ...handoverHandlers,
  ...sideEffectsHandlers,
  ...followUpsHandlers,
};
