import type Database from 'better-sqlite3-multiple-ciphers';

/** Key-value settings stored as JSON text; the contract's schema validates values on the way out. */
export class SettingsRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      get: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
      put: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    };
  }

  get(key: string): unknown {
    const row = this.statements.get.get(key);
    if (!row) return undefined;
    try {
      return JSON.parse(row.value) as unknown;
    } catch {
      return undefined;
    }
  }

  put(key: string, value: unknown): void {
    this.statements.put.run(key, JSON.stringify(value));
  }
}
