import { randomUUID } from 'node:crypto';
import type { RecordStore } from '../../db/record-store';
import { handlers } from '../../electron/handlers/index';
import type { HandlerContext } from '../../electron/rpc/handler-types';
import { type MethodInput, type MethodName, type MethodOutput, methods } from '../../shared/contract/index';
import type { NoteDocument } from '../../shared/notes/note-document';
import type { NoteKind } from '../../shared/notes/note-kinds';

/**
 * Writes notes and homework in bulk with the app's own handlers, called directly on an open
 * RecordStore: each input parsed by the contract's schema as dispatch() parses it, then the
 * handler itself (notes.create, notes.save, homework.create), so the rows, links, revisions and
 * search entries are exactly what the app writes. What it skips is dispatch()'s own transaction
 * per call: the caller wraps thousands of calls in one (the handlers' transactions nest as
 * savepoints), which saves one WAL fsync per call.
 */
export class HandlerWriter {
  private readonly context: HandlerContext;

  constructor(store: RecordStore, now: () => number) {
    const unavailable = (what: string) => () => {
      throw new Error(`${what} is not available while seeding`);
    };
    this.context = {
      get vault(): never {
        throw new Error('The vault is not available while seeding');
      },
      records: () => store,
      lock: unavailable('lock'),
      get lockedSession(): never {
        throw new Error('The locked session is not available while seeding');
      },
      get platform(): never {
        throw new Error('The platform is not available while seeding');
      },
      get backups(): never {
        throw new Error('Backups are not available while seeding');
      },
      get handover(): never {
        throw new Error('Hand-over is not available while seeding');
      },
      now,
      newId: randomUUID,
    };
  }

  /** Synchronous, so that it can run inside the caller's transaction; a handler that awaits is refused. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): MethodOutput<M> {
    const parsed = methods[method].input.parse(input);
    // The parsed value is the handler's input type; TypeScript cannot follow the generic through the map.
    const handler = handlers[method] as unknown as (input: unknown, context: HandlerContext) => MethodOutput<M> | Promise<MethodOutput<M>>;
    const output = handler(parsed, this.context);
    if (output instanceof Promise) throw new Error(`${method} is asynchronous and cannot run inside a seeding transaction`);
    return output;
  }

  createHomework(clientId: string, title: string): string {
    const homework = this.call('homework.create', { clientId, title, fields: { type: 'custom', instructions: `${title}: once a day, a few lines.` } });
    return homework.id;
  }

  /** notes.create, then one notes.save with the content, as the editor's first autosave does. */
  writeNote(note: { clientId: string; kind: Exclude<NoteKind, 'session'>; title: string; doc: NoteDocument; isPrivate?: boolean }): MethodOutput<'notes.save'> {
    const created = this.call('notes.create', { clientId: note.clientId, kind: note.kind, title: note.title });
    return this.call('notes.save', {
      id: created.id,
      baseRevision: created.revision,
      content: JSON.stringify(note.doc),
      title: note.title,
      isPrivate: note.isPrivate ?? false,
    });
  }
}
