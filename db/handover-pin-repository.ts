import type Database from 'better-sqlite3-multiple-ciphers';

/** The hand-over PIN as stored: a scrypt hash, its salt and the parameters it was made with. Never the PIN. */
export interface StoredPinHash {
  salt: Buffer;
  hash: Buffer;
  cost: number;
  blockSize: number;
  parallelization: number;
}

interface PinRow {
  salt: Buffer;
  hash: Buffer;
  cost: number;
  block_size: number;
  parallelization: number;
}

/** The one hand-over PIN of the vault (a single row, id 1), or none. */
export class HandoverPinRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      get: db.prepare<[], PinRow>('SELECT salt, hash, cost, block_size, parallelization FROM handover_pin WHERE id = 1'),
      put: db.prepare(
        `INSERT INTO handover_pin (id, salt, hash, cost, block_size, parallelization, set_at)
         VALUES (1, @salt, @hash, @cost, @blockSize, @parallelization, @setAt)
         ON CONFLICT (id) DO UPDATE SET salt = excluded.salt, hash = excluded.hash, cost = excluded.cost,
           block_size = excluded.block_size, parallelization = excluded.parallelization, set_at = excluded.set_at`,
      ),
      remove: db.prepare('DELETE FROM handover_pin WHERE id = 1'),
    };
  }

  get(): StoredPinHash | null {
    const row = this.statements.get.get();
    return row ? { salt: row.salt, hash: row.hash, cost: row.cost, blockSize: row.block_size, parallelization: row.parallelization } : null;
  }

  put(pin: StoredPinHash, setAt: number): void {
    this.statements.put.run({ ...pin, setAt });
  }

  remove(): void {
    this.statements.remove.run();
  }
}
