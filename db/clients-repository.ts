import type Database from 'better-sqlite3-multiple-ciphers';
import type { ClientSex } from '../shared/clients/client-sex';
import type { Client } from '../shared/contract/clients';
import { normalizeForSearch } from '../shared/clients/client-search';

export interface ClientFields {
  displayName: string;
  preferredName: string | null;
  pronouns: string | null;
  dateOfBirth: string | null;
  sex: ClientSex | null;
  about: string | null;
}

interface ClientRow {
  id: string;
  display_name: string;
  preferred_name: string | null;
  pronouns: string | null;
  date_of_birth: string | null;
  sex: ClientSex | null;
  about: string | null;
  archived_at: number | null;
  created_at: number;
  updated_at: number;
}

const COLUMNS = 'id, display_name, preferred_name, pronouns, date_of_birth, sex, about, archived_at, created_at, updated_at';

function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    displayName: row.display_name,
    preferredName: row.preferred_name,
    pronouns: row.pronouns,
    dateOfBirth: row.date_of_birth,
    sex: row.sex,
    about: row.about,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function searchTextOf(fields: ClientFields): string {
  return normalizeForSearch([fields.displayName, fields.preferredName ?? ''].join(' '));
}

/** LIKE treats % and _ as wildcards; escape them so a typed "_" matches an underscore. */
function likePattern(query: string): string {
  return `%${normalizeForSearch(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export class ClientsRepository {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      list: db.prepare<[number], ClientRow>(`SELECT ${COLUMNS} FROM clients WHERE (archived_at IS NOT NULL) = ? ORDER BY display_name COLLATE NOCASE, id`),
      search: db.prepare<[number, string], ClientRow>(
        `SELECT ${COLUMNS} FROM clients WHERE (archived_at IS NOT NULL) = ? AND search_text LIKE ? ESCAPE '\\' ORDER BY display_name COLLATE NOCASE, id`,
      ),
      get: db.prepare<[string], ClientRow>(`SELECT ${COLUMNS} FROM clients WHERE id = ?`),
      insert: db.prepare(
        `INSERT INTO clients (id, display_name, preferred_name, pronouns, date_of_birth, sex, about, search_text, archived_at, created_at, updated_at)
         VALUES (@id, @displayName, @preferredName, @pronouns, @dateOfBirth, @sex, @about, @searchText, NULL, @now, @now)`,
      ),
      update: db.prepare(
        `UPDATE clients SET display_name = @displayName, preferred_name = @preferredName, pronouns = @pronouns,
           date_of_birth = @dateOfBirth, sex = @sex, about = @about, search_text = @searchText, updated_at = @now WHERE id = @id`,
      ),
      setArchived: db.prepare(`UPDATE clients SET archived_at = @archivedAt, updated_at = @now WHERE id = @id`),
    };
  }

  list(options: { query?: string; archived?: boolean } = {}): Client[] {
    const archived = options.archived ? 1 : 0;
    const query = options.query?.trim();
    const rows = query ? this.statements.search.all(archived, likePattern(query)) : this.statements.list.all(archived);
    return rows.map(toClient);
  }

  get(id: string): Client | null {
    const row = this.statements.get.get(id);
    return row ? toClient(row) : null;
  }

  create(id: string, fields: ClientFields, now: number): Client {
    this.statements.insert.run({ id, ...fields, searchText: searchTextOf(fields), now });
    return this.get(id)!;
  }

  /** Null when no such client. */
  update(id: string, fields: ClientFields, now: number): Client | null {
    const { changes } = this.statements.update.run({ id, ...fields, searchText: searchTextOf(fields), now });
    return changes ? this.get(id) : null;
  }

  /** Null when no such client. */
  setArchived(id: string, archivedAt: number | null, now: number): Client | null {
    const { changes } = this.statements.setArchived.run({ id, archivedAt, now });
    return changes ? this.get(id) : null;
  }
}
