import type Database from 'better-sqlite3-multiple-ciphers';
import { ClientsRepository } from '../../db/clients-repository';
import { clientDraftSchema } from '../../shared/contract/clients';
import type { SyntheticClient } from './synthetic-clients';

export interface WriteClientsOptions {
  /** Creation (and archive) time stamped on every client. */
  now: number;
  newId: () => string;
}

/**
 * Writes the clients through the app's repository in one transaction: one WAL sync instead of
 * one per client, which is what keeps 100,000 clients well under a minute. Each draft is parsed
 * with the contract's schema first, exactly as dispatch() would parse `clients.create`.
 */
export function writeSyntheticClients(db: Database.Database, clients: readonly SyntheticClient[], options: WriteClientsOptions): void {
  const repository = new ClientsRepository(db);
  db.transaction(() => {
    for (const client of clients) {
      const id = options.newId();
      repository.create(id, clientDraftSchema.parse(client.draft), options.now);
      if (client.archived) repository.setArchived(id, options.now, options.now);
    }
  })();
}
