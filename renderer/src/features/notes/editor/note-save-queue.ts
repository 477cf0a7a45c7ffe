import type { MethodInput, SavedNote } from '../../../../../shared/contract';

/** What one save sends: the editor's JSON as text, and the fields beside it. */
export type NoteSnapshot = Omit<MethodInput<'notes.save'>, 'id' | 'baseRevision'>;

export type SaveState =
  | { kind: 'saved'; at: number }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  /** The save failed; the next change or flush tries again. */
  | { kind: 'failed'; error: unknown }
  /** Saving cannot succeed from here (signed, or changed elsewhere): stop and say so. */
  | { kind: 'stopped'; error: unknown };

export interface NoteSaveQueueOptions {
  revision: number;
  updatedAt: number;
  /** Reads the latest content at the moment a save starts; must be synchronous and cheap to call. */
  readSnapshot: () => NoteSnapshot;
  send: (snapshot: NoteSnapshot, baseRevision: number) => Promise<SavedNote>;
  /** Failures after which retrying is pointless. */
  isFinal: (error: unknown) => boolean;
}

/**
 * Saves of one note, one at a time and in order. Every change bumps a version; a save records the
 * version it captured, so "saved" is shown only when the last change has been committed, never
 * while a newer one waits. The snapshot is taken when flush() is called, not when the save starts,
 * so a flush right before the editor goes away (lock, navigation) still holds its content.
 */
export class NoteSaveQueue {
  private revision: number;
  private version = 0;
  private savedVersion = 0;
  private tail: Promise<void> = Promise.resolve();
  private current: SaveState;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: NoteSaveQueueOptions) {
    this.revision = options.revision;
    this.current = { kind: 'saved', at: options.updatedAt };
  }

  get state(): SaveState {
    return this.current;
  }

  /** The revision the next save starts from: what signing or restoring must name too. */
  get baseRevision(): number {
    return this.revision;
  }

  get hasUnsavedChanges(): boolean {
    return this.version !== this.savedVersion;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SaveState => this.current;

  /** Called on every keystroke: tells listeners only when the state actually changes. */
  changed(): void {
    this.version += 1;
    if (this.current.kind === 'saved' || this.current.kind === 'failed') this.setState({ kind: 'unsaved' });
  }

  /** Saves what is there now, after any save already under way. Resolves when it has answered; never rejects. */
  flush(): Promise<void> {
    if (this.current.kind === 'stopped' || !this.hasUnsavedChanges) return this.tail;
    const version = this.version;
    const snapshot = this.options.readSnapshot();
    this.tail = this.tail.then(() => this.save(version, snapshot));
    return this.tail;
  }

  private async save(version: number, snapshot: NoteSnapshot): Promise<void> {
    // An earlier flush may already have saved this version (or a later one).
    if (version <= this.savedVersion || this.current.kind === 'stopped') return;
    this.setState({ kind: 'saving' });
    try {
      const saved = await this.options.send(snapshot, this.revision);
      this.revision = saved.revision;
      this.savedVersion = version;
      this.setState(this.hasUnsavedChanges ? { kind: 'unsaved' } : { kind: 'saved', at: saved.updatedAt });
    } catch (error) {
      this.setState(this.options.isFinal(error) ? { kind: 'stopped', error } : { kind: 'failed', error });
    }
  }

  private setState(next: SaveState): void {
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}
