import type Database from 'better-sqlite3-multiple-ciphers';
import type { Protocol } from '../shared/contract/protocols';
import { DEFAULT_PROTOCOLS } from '../shared/session/default-protocols';
import { protocolDefinitionSchema, type ProtocolDefinition } from '../shared/session/protocol';
import { ROUTES } from '../shared/session/routes';
import { parseJsonColumn } from './json-column';

interface ProtocolRow {
  id: string;
  route: string;
  definition: string;
  is_default: number;
  archived_at: number | null;
  updated_at: number;
}

function toProtocol(row: ProtocolRow): Protocol {
  const definition = parseJsonColumn(protocolDefinitionSchema, row.definition, 'protocol');
  return { id: row.id, route: definition.route, definition, isDefault: row.is_default === 1, archivedAt: row.archived_at, updatedAt: row.updated_at };
}

export class ProtocolsRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      list: db.prepare<[number], ProtocolRow>(
        `SELECT * FROM protocols WHERE ? OR archived_at IS NULL ORDER BY CASE route WHEN 'im' THEN 1 WHEN 'iv' THEN 2 WHEN 'esketamine' THEN 3 ELSE 4 END, is_default DESC, created_at`,
      ),
      get: db.prepare<[string], ProtocolRow>('SELECT * FROM protocols WHERE id = ?'),
      hasDefault: db.prepare<[string], { found: number }>('SELECT 1 AS found FROM protocols WHERE route = ? AND is_default = 1'),
      insert: db.prepare(
        'INSERT INTO protocols (id, route, definition, is_default, archived_at, created_at, updated_at) VALUES (@id, @route, @definition, @isDefault, NULL, @now, @now)',
      ),
      update: db.prepare('UPDATE protocols SET route = @route, definition = @definition, updated_at = @now WHERE id = @id'),
      setArchived: db.prepare('UPDATE protocols SET archived_at = @archivedAt, updated_at = @now WHERE id = @id'),
    };
  }

  /** Seeds the default protocol of each route that has never had one (an archived default counts). */
  ensureDefaults(newId: () => string, now: number): void {
    for (const route of ROUTES) {
      if (this.statements.hasDefault.get(route)) continue;
      this.statements.insert.run({ id: newId(), route, definition: JSON.stringify(DEFAULT_PROTOCOLS[route]), isDefault: 1, now });
    }
  }

  list(includeArchived = false): Protocol[] {
    return this.statements.list.all(includeArchived ? 1 : 0).map(toProtocol);
  }

  get(id: string): Protocol | null {
    const row = this.statements.get.get(id);
    return row ? toProtocol(row) : null;
  }

  create(id: string, definition: ProtocolDefinition, now: number): Protocol {
    this.statements.insert.run({ id, route: definition.route, definition: JSON.stringify(definition), isDefault: 0, now });
    return this.get(id)!;
  }

  update(id: string, definition: ProtocolDefinition, now: number): Protocol | null {
    const { changes } = this.statements.update.run({ id, route: definition.route, definition: JSON.stringify(definition), now });
    return changes ? this.get(id) : null;
  }

  setArchived(id: string, archivedAt: number | null, now: number): Protocol | null {
    const { changes } = this.statements.setArchived.run({ id, archivedAt, now });
    return changes ? this.get(id) : null;
  }
}
