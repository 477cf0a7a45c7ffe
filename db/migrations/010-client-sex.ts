import type { Migration } from './migration';

/**
 * A client's sex, asked by the Spravato REMS Patient Monitoring Form. Optional: NULL is "not
 * recorded", which every existing client starts as. A new nullable column needs no rebuild; the
 * CHECK spells out CLIENT_SEXES (shared/clients/client-sex.ts).
 */
export const migration010: Migration = {
  version: 10,
  name: 'client sex',
  up(db) {
    db.exec(`ALTER TABLE clients ADD COLUMN sex TEXT CHECK (sex IN ('female', 'male', 'other'));`);
  },
};
