import type Database from 'better-sqlite3-multiple-ciphers';
import type { Prompt } from '../shared/contract/prompts';
import { DEFAULT_PROMPTS } from '../shared/prompts/default-prompts';
import type { PromptPhase } from '../shared/prompts/prompt-phases';

interface PromptRow {
  id: string;
  phase: PromptPhase;
  text: string;
  default_key: string | null;
  archived_at: number | null;
  updated_at: number;
}

function toPrompt(row: PromptRow): Prompt {
  return { id: row.id, phase: row.phase, text: row.text, isOwn: row.default_key === null, archivedAt: row.archived_at, updatedAt: row.updated_at };
}

const PHASE_ORDER = "CASE phase WHEN 'before' THEN 1 WHEN 'during' THEN 2 WHEN 'after' THEN 3 WHEN 'follow-up' THEN 4 ELSE 5 END";

export class PromptsRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      list: db.prepare<[number], PromptRow>(`SELECT * FROM prompts WHERE ? OR archived_at IS NULL ORDER BY ${PHASE_ORDER}, position, created_at`),
      get: db.prepare<[string], PromptRow>('SELECT * FROM prompts WHERE id = ?'),
      hasDefault: db.prepare<[string], { found: number }>('SELECT 1 AS found FROM prompts WHERE default_key = ?'),
      nextPosition: db.prepare<[], { next: number }>('SELECT coalesce(max(position), 0) + 1 AS next FROM prompts'),
      insert: db.prepare(
        'INSERT INTO prompts (id, phase, text, default_key, position, archived_at, created_at, updated_at) VALUES (@id, @phase, @text, @defaultKey, @position, NULL, @now, @now)',
      ),
      update: db.prepare('UPDATE prompts SET phase = @phase, text = @text, updated_at = @now WHERE id = @id'),
      setArchived: db.prepare('UPDATE prompts SET archived_at = @archivedAt, updated_at = @now WHERE id = @id'),
      sessionPlan: db.prepare<[string], PromptRow>(
        'SELECT prompts.* FROM session_prompts JOIN prompts ON prompts.id = session_prompts.prompt_id WHERE session_id = ? ORDER BY session_prompts.position',
      ),
      clearPlan: db.prepare('DELETE FROM session_prompts WHERE session_id = ?'),
      addToPlan: db.prepare('INSERT INTO session_prompts (session_id, prompt_id, position) VALUES (?, ?, ?)'),
    };
  }

  /** Seeds each team prompt once; one the therapist archived or edited stays as they left it. */
  ensureDefaults(newId: () => string, now: number): void {
    DEFAULT_PROMPTS.forEach((prompt) => {
      if (this.statements.hasDefault.get(prompt.key)) return;
      this.statements.insert.run({
        id: newId(),
        phase: prompt.phase,
        text: prompt.text,
        defaultKey: prompt.key,
        position: this.statements.nextPosition.get()!.next,
        now,
      });
    });
  }

  list(includeArchived = false): Prompt[] {
    return this.statements.list.all(includeArchived ? 1 : 0).map(toPrompt);
  }

  get(id: string): Prompt | null {
    const row = this.statements.get.get(id);
    return row ? toPrompt(row) : null;
  }

  create(id: string, values: { phase: PromptPhase; text: string }, now: number): Prompt {
    this.statements.insert.run({ id, ...values, defaultKey: null, position: this.statements.nextPosition.get()!.next, now });
    return this.get(id)!;
  }

  update(id: string, values: { phase: PromptPhase; text: string }, now: number): Prompt | null {
    return this.statements.update.run({ id, ...values, now }).changes ? this.get(id) : null;
  }

  setArchived(id: string, archivedAt: number | null, now: number): Prompt | null {
    return this.statements.setArchived.run({ id, archivedAt, now }).changes ? this.get(id) : null;
  }

  sessionPlan(sessionId: string): Prompt[] {
    return this.statements.sessionPlan.all(sessionId).map(toPrompt);
  }

  setSessionPlan(sessionId: string, promptIds: readonly string[]): void {
    this.statements.clearPlan.run(sessionId);
    promptIds.forEach((promptId, index) => this.statements.addToPlan.run(sessionId, promptId, index + 1));
  }
}
