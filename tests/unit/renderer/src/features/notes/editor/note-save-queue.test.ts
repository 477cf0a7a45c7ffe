import { describe, expect, it, vi } from 'vitest';
import type { SavedNote } from '../../../../../../../shared/contract';
import { type NoteSnapshot, NoteSaveQueue } from '../../../../../../../renderer/src/features/notes/editor/note-save-queue';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setUp() {
  let content = 'first';
  const calls: { snapshot: NoteSnapshot; baseRevision: number; answer: ReturnType<typeof deferred<SavedNote>> }[] = [];
  const queue = new NoteSaveQueue({
    revision: 1,
    updatedAt: 1000,
    readSnapshot: () => ({ content, title: 'Title', isPrivate: false }),
    send: (snapshot, baseRevision) => {
      const answer = deferred<SavedNote>();
      calls.push({ snapshot, baseRevision, answer });
      return answer.promise;
    },
    isFinal: (error) => error === 'final',
  });
  const type = (text: string) => {
    content = text;
    queue.changed();
  };
  /** Saves start after the one before them (a microtask later at least): wait until `count` have been sent. */
  const sent = (count: number) => vi.waitFor(() => expect(calls).toHaveLength(count));
  const answer = async (index: number, revision: number) => {
    await sent(index + 1);
    calls[index]!.answer.resolve({ id: 'n', revision, updatedAt: 2000 + revision, words: 1 });
  };
  const refuse = async (index: number, error: unknown) => {
    await sent(index + 1);
    calls[index]!.answer.reject(error);
  };
  return { queue, calls, type, answer, refuse, sent };
}

describe('NoteSaveQueue', () => {
  it('says saved only once the last change has been committed', async () => {
    const { queue, calls, type, answer } = setUp();
    expect(queue.state).toEqual({ kind: 'saved', at: 1000 });
    type('first words');
    expect(queue.state.kind).toBe('unsaved');
    const first = queue.flush();
    await vi.waitFor(() => expect(queue.state.kind).toBe('saving'));
    type('first words and more');
    await answer(0, 2);
    await first;
    // The answer covered an older version: not "saved".
    expect(queue.state.kind).toBe('unsaved');
    const second = queue.flush();
    await answer(1, 3);
    await second;
    expect(queue.state).toEqual({ kind: 'saved', at: 2003 });
    expect(calls.map((call) => call.snapshot.content)).toEqual(['first words', 'first words and more']);
  });

  it('takes the snapshot when flush is called, so a flush before the editor goes away keeps its content', async () => {
    const { queue, calls, type, answer } = setUp();
    type('typed just before the lock');
    const saving = queue.flush();
    type('typed after the flush, by a test only');
    await answer(0, 2);
    await saving;
    expect(calls[0]!.snapshot.content).toBe('typed just before the lock');
  });

  it('sends saves one at a time, each from the revision the previous one answered', async () => {
    const { queue, calls, type, answer, sent } = setUp();
    type('a');
    const first = queue.flush();
    type('ab');
    const second = queue.flush();
    await sent(1);
    // The second waits for the first's answer.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toHaveLength(1);
    await answer(0, 7);
    await first;
    await sent(2);
    expect(calls[1]!.baseRevision).toBe(7);
    await answer(1, 8);
    await second;
    expect(queue.baseRevision).toBe(8);
  });

  it('sends nothing when nothing changed', async () => {
    const { queue, calls } = setUp();
    await queue.flush();
    expect(calls).toHaveLength(0);
  });

  it('tries again after a failure, and stops for good after a final refusal', async () => {
    const { queue, calls, type, refuse } = setUp();
    type('a');
    const failed = queue.flush();
    await refuse(0, 'busy');
    await failed;
    expect(queue.state).toEqual({ kind: 'failed', error: 'busy' });
    expect(queue.hasUnsavedChanges).toBe(true);
    const retried = queue.flush();
    await refuse(1, 'final');
    await retried;
    expect(queue.state).toEqual({ kind: 'stopped', error: 'final' });
    type('ab');
    await queue.flush();
    expect(calls).toHaveLength(2);
    expect(queue.state.kind).toBe('stopped');
  });
});
