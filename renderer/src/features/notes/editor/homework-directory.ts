import type { HomeworkStatus } from '../../../../../shared/homework/homework-types';

export interface LinkedHomework {
  id: string;
  title: string;
  status: HomeworkStatus;
  /** On a signed note, the homework as it is now when that differs from what was signed. */
  now?: { title: string; status: HomeworkStatus };
}

/**
 * A signed note's links as they read at signing, each with the homework as it is now beside it
 * when it has changed since. Notes signed before link texts were kept (empty `signed`) read as now.
 */
export function linksAsSigned(signed: readonly LinkedHomework[], current: readonly LinkedHomework[]): LinkedHomework[] {
  if (signed.length === 0) return [...current];
  const currentById = new Map(current.map((homework) => [homework.id, homework]));
  return signed.map((link) => {
    const now = currentById.get(link.id);
    const changed = now && (now.title !== link.title || now.status !== link.status);
    return { id: link.id, title: link.title, status: link.status, ...(changed ? { now: { title: now.title, status: now.status } } : {}) };
  });
}

/**
 * The client's homework as the note's links see it. A link node carries only the homework's id;
 * its title and status are read from here and repainted whenever the list changes, so marking
 * homework completed shows in every note that mentions it without touching the note.
 */
export class HomeworkDirectory {
  private byId = new Map<string, LinkedHomework>();
  private readonly listeners = new Set<() => void>();

  replace(list: readonly LinkedHomework[]): void {
    const next = new Map<string, LinkedHomework>(
      list.map((homework) => [
        homework.id,
        { id: homework.id, title: homework.title, status: homework.status, ...(homework.now ? { now: homework.now } : {}) },
      ]),
    );
    const same =
      next.size === this.byId.size &&
      [...next].every(([id, one]) => {
        const known = this.byId.get(id);
        return known?.title === one.title && known.status === one.status && known.now?.title === one.now?.title && known.now?.status === one.now?.status;
      });
    if (same) return;
    this.byId = next;
    for (const listener of this.listeners) listener();
  }

  /** Homework just created, before the client's list has been read again. */
  add(homework: LinkedHomework): void {
    this.replace([...this.byId.values(), homework]);
  }

  get(id: string): LinkedHomework | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Homework whose title has a word starting with each typed word, newest first as listed. */
  search(query: string, limit: number): LinkedHomework[] {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const matches = (title: string) => {
      const titleWords = title.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u);
      return words.every((word) => titleWords.some((titleWord) => titleWord.startsWith(word)));
    };
    return [...this.byId.values()].filter((homework) => matches(homework.title)).slice(0, limit);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
