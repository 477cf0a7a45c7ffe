import { describe, expect, it, vi } from 'vitest';
import { HomeworkDirectory } from '../../../../../../../renderer/src/features/notes/editor/homework-directory';
import { HomeworkPicker } from '../../../../../../../renderer/src/features/notes/editor/homework-picker';

const key = (name: string) => ({ key: name }) as KeyboardEvent;
const range = { from: 1, to: 5 };
const thought = { id: 'h1', title: 'Thought record after the argument', status: 'assigned' as const };
const ladder = { id: 'h2', title: 'Exposure ladder: supermarket', status: 'completed' as const };

describe('HomeworkDirectory', () => {
  it('finds homework by the start of any word of its title, every typed word matching', () => {
    const directory = new HomeworkDirectory();
    directory.replace([thought, ladder]);
    expect(directory.search('super', 8).map((one) => one.id)).toEqual(['h2']);
    expect(directory.search('THO ARG', 8).map((one) => one.id)).toEqual(['h1']);
    expect(directory.search('record ladder', 8)).toEqual([]);
    expect(directory.search('', 1)).toHaveLength(1);
  });

  it('tells its links only when a title or status really changed', () => {
    const directory = new HomeworkDirectory();
    const listener = vi.fn();
    directory.subscribe(listener);
    directory.replace([thought]);
    directory.replace([{ ...thought }]);
    expect(listener).toHaveBeenCalledTimes(1);
    directory.replace([{ ...thought, status: 'completed' }]);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(directory.get('h1')?.status).toBe('completed');
  });
});

describe('HomeworkPicker', () => {
  it('highlights the first homework and links it on Enter', () => {
    const picker = new HomeworkPicker();
    const command = vi.fn();
    picker.show({ query: 'ex', range, items: [ladder], command });
    expect(picker.getState()?.items.map((item) => item.kind)).toEqual(['homework', 'create']);
    expect(picker.getState()?.highlighted).toBe(0);
    expect(picker.handleKey(key('Enter'))).toBe(true);
    expect(command).toHaveBeenCalledWith({ kind: 'homework', homework: ladder });
  });

  it('highlights "create" when no homework matches a typed title, so Enter offers to create it', () => {
    const picker = new HomeworkPicker();
    const command = vi.fn();
    picker.show({ query: 'Walk in the park', range, items: [], command });
    expect(picker.getState()?.items).toEqual([{ kind: 'create', title: 'Walk in the park' }]);
    expect(picker.getState()?.highlighted).toBe(0);
    expect(picker.handleKey(key('Enter'))).toBe(true);
    expect(command).toHaveBeenCalledWith({ kind: 'create', title: 'Walk in the park' });
  });

  it('does not highlight "create" for a query without a letter, so Enter after "#1" still makes a new line', () => {
    const picker = new HomeworkPicker();
    const command = vi.fn();
    picker.show({ query: '1', range, items: [], command });
    expect(picker.getState()?.highlighted).toBeNull();
    expect(picker.handleKey(key('Enter'))).toBe(false);
    expect(command).not.toHaveBeenCalled();
    expect(picker.handleKey(key('ArrowDown'))).toBe(true);
    expect(picker.handleKey(key('Enter'))).toBe(true);
    expect(command).toHaveBeenCalledWith({ kind: 'create', title: '1' });
  });

  it('moves round with the arrow keys and closes on Escape', () => {
    const picker = new HomeworkPicker();
    picker.show({ query: '', range, items: [thought, ladder], command: () => undefined });
    picker.handleKey(key('ArrowUp'));
    expect(picker.getState()?.highlighted).toBe(1);
    picker.handleKey(key('ArrowDown'));
    expect(picker.getState()?.highlighted).toBe(0);
    expect(picker.handleKey(key('a'))).toBe(false);
    picker.handleKey(key('Escape'));
    expect(picker.getState()).toBeNull();
  });
});
