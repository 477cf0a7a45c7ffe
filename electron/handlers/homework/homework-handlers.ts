import type { HomeworkContent } from '../../../db/homework-repository';
import type { RecordStore } from '../../../db/record-store';
import { RpcFailure } from '../../../shared/contract/errors';
import type { Homework } from '../../../shared/contract/homework';
import { homeworkFieldText } from '../../../shared/homework/homework-types';
import type { FeatureHandlers } from '../../rpc/handler-types';
import { indexNoteNow } from '../notes/note-content';

type HomeworkMethod = 'homework.listForClient' | 'homework.get' | 'homework.create' | 'homework.update';

function found(homework: Homework | null): Homework {
  if (!homework) throw new RpcFailure('NOT_FOUND', 'That homework does not exist.');
  return homework;
}

/** Homework is searchable by its title, its fields and the outcome recorded at review. */
function indexHomework(store: RecordStore, homework: Homework, now: number): void {
  store.search.index({
    target: 'homework',
    targetId: homework.id,
    clientId: homework.clientId,
    kind: homework.fields.type,
    isPrivate: false,
    title: homework.title,
    body: [homeworkFieldText(homework.fields), homework.outcome ?? ''].filter(Boolean).join('\n'),
    updatedAt: now,
  });
}

/** Notes read their homework links by title in search: after a rename, the notes that link it are indexed again (each keeps its own date). */
function reindexLinkingNotes(store: RecordStore, homeworkId: string): void {
  for (const { noteId } of store.notes.backlinks('homework', homeworkId)) {
    const note = store.notes.get(noteId);
    if (note) indexNoteNow(store, note, note.updatedAt);
  }
}

export const homeworkHandlers: FeatureHandlers<HomeworkMethod> = {
  'homework.listForClient': ({ clientId }, { records }) => {
    const store = records();
    if (!store.clients.get(clientId)) throw new RpcFailure('NOT_FOUND', 'That client does not exist.');
    const assignedFrom = store.homework.assignedFromForClient(clientId);
    return { homework: store.homework.listForClient(clientId).map((homework) => ({ ...homework, assignedFrom: assignedFrom.get(homework.id) ?? null })) };
  },

  'homework.get': ({ id }, { records }) => {
    const store = records();
    return { homework: found(store.homework.get(id)), backlinks: store.notes.backlinks('homework', id) };
  },

  'homework.create': ({ clientId, title, dueDate, fields }, { records, newId, now }) => {
    const store = records();
    const client = store.clients.get(clientId);
    if (!client) throw new RpcFailure('NOT_FOUND', 'That client does not exist.');
    if (client.archivedAt !== null) throw new RpcFailure('CONFLICT', 'This client is archived. Restore them before assigning homework.');
    return store.transaction(() => {
      const time = now();
      const content: HomeworkContent = { title, dueDate, fields, status: 'assigned', outcome: null };
      const homework = store.homework.create(newId(), clientId, content, time);
      indexHomework(store, homework, time);
      return homework;
    });
  },

  'homework.update': ({ id, title, dueDate, fields, status, outcome }, { records, now }) => {
    const store = records();
    return store.transaction(() => {
      const existing = found(store.homework.get(id));
      if (existing.fields.type !== fields.type) throw new RpcFailure('INVALID', 'fields.type: homework keeps its type; assign new homework for another type.');
      const time = now();
      const homework = found(store.homework.update(id, { title, dueDate, fields, status, outcome }, time));
      indexHomework(store, homework, time);
      if (homework.title !== existing.title) reindexLinkingNotes(store, id);
      return homework;
    });
  },
};
