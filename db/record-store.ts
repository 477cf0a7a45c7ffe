import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { AuditLogRepository } from './audit-log-repository';
import { CaseloadRepository } from './caseload-repository';
import { TodayRepository } from './today-repository';
import { ClientsRepository } from './clients-repository';
import { CoursesRepository } from './courses-repository';
import { HandoverPinRepository } from './handover-pin-repository';
import { EvaluationsRepository } from './evaluations-repository';
import { FollowUpsRepository } from './follow-ups-repository';
import { HomeworkRepository } from './homework-repository';
import { MeasureDraftsRepository } from './measure-drafts-repository';
import { MeasuresRepository } from './measures-repository';
import { NotesRepository } from './notes-repository';
import { PrescriberSummariesRepository } from './prescriber-summaries-repository';
import { openEncryptedDatabase, type OpenDatabaseOptions, openPlainDatabaseForComparison, restrictFileModes } from './open-database';
import { PromptsRepository } from './prompts-repository';
import { ProtocolsRepository } from './protocols-repository';
import { catchUpSearch } from './search-catch-up';
import { SearchRepository } from './search-repository';
import { SessionsRepository } from './sessions-repository';
import { SettingsRepository } from './settings-repository';
import { SideEffectsRepository } from './side-effects-repository';

/** An open, keyed vault database with one repository per aggregate. Exists only while unlocked. */
export class RecordStore {
  readonly clients: ClientsRepository;
  readonly settings: SettingsRepository;
  readonly protocols: ProtocolsRepository;
  readonly sessions: SessionsRepository;
  readonly notes: NotesRepository;
  readonly homework: HomeworkRepository;
  readonly measures: MeasuresRepository;
  readonly prompts: PromptsRepository;
  readonly search: SearchRepository;
  readonly caseload: CaseloadRepository;
  readonly courses: CoursesRepository;
  readonly evaluations: EvaluationsRepository;
  readonly today: TodayRepository;
  readonly audit: AuditLogRepository;
  readonly measureDrafts: MeasureDraftsRepository;
  readonly handoverPin: HandoverPinRepository;
  readonly sideEffects: SideEffectsRepository;
  readonly prescriberSummaries: PrescriberSummariesRepository;
  readonly followUps: FollowUpsRepository;

  private constructor(
    readonly db: Database.Database,
    private readonly path: string,
  ) {
    this.clients = new ClientsRepository(db);
    this.settings = new SettingsRepository(db);
    this.protocols = new ProtocolsRepository(db);
    this.sessions = new SessionsRepository(db);
    this.notes = new NotesRepository(db);
    this.homework = new HomeworkRepository(db);
    this.measures = new MeasuresRepository(db);
    this.prompts = new PromptsRepository(db);
    this.search = new SearchRepository(db);
    this.caseload = new CaseloadRepository(db);
    this.courses = new CoursesRepository(db);
    this.evaluations = new EvaluationsRepository(db);
    this.today = new TodayRepository(db);
    this.audit = new AuditLogRepository(db);
    this.measureDrafts = new MeasureDraftsRepository(db);
    this.handoverPin = new HandoverPinRepository(db);
    this.sideEffects = new SideEffectsRepository(db);
    this.prescriberSummaries = new PrescriberSummariesRepository(db);
    this.followUps = new FollowUpsRepository(db);
  }

  static open(path: string, key: Uint8Array, options: OpenDatabaseOptions = {}): RecordStore {
    return RecordStore.withDefaults(new RecordStore(openEncryptedDatabase(path, key, options), path));
  }

  /** The bench's yardstick only: the same store on a plain file (openPlainDatabaseForComparison). Never used for records. */
  static openPlainForComparison(path: string): RecordStore {
    return RecordStore.withDefaults(new RecordStore(openPlainDatabaseForComparison(path), path));
  }

  private static withDefaults(store: RecordStore): RecordStore {
    store.transaction(() => {
      store.protocols.ensureDefaults(randomUUID, Date.now());
      store.prompts.ensureDefaults(randomUUID, Date.now());
    });
    // Entries a crash (or a session with no search after its last save) left behind their records.
    // Best effort: a full disk must not keep the vault shut; the marks stay, and the next search
    // catches up or reports the failure itself.
    try {
      catchUpSearch(store);
    } catch {
      // Left marked; see above.
    }
    return store;
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
