import type Database from 'better-sqlite3-multiple-ciphers';
import { ClientsRepository } from './clients-repository';
import { openEncryptedDatabase, type OpenDatabaseOptions, restrictFileModes } from './open-database';
import { SettingsRepository } from './settings-repository';

/** An open, keyed vault database with one repository per aggregate. Exists only while unlocked. */
export class RecordStore {
  readonly clients: ClientsRepository;
  readonly settings: SettingsRepository;

  private constructor(
    readonly db: Database.Database,
    private readonly path: string,
  ) {
    this.clients = new ClientsRepository(db);
    this.settings = new SettingsRepository(db);
  }

  static open(path: string, key: Uint8Array, options: OpenDatabaseOptions = {}): RecordStore {
    return new RecordStore(openEncryptedDatabase(path, key, options), path);
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** Folds the WAL back into the main file so no -wal content outlives the session, then closes. */
  close(): void {
    if (!this.db.open) return;
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
      restrictFileModes(this.path);
    }
  }
}
