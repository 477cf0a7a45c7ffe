import type { Range } from '@tiptap/core';
import type { LinkedHomework } from './homework-directory';

/** One line of the `#` picker: existing homework, or "create new homework" with what was typed. */
export type PickerItem = { kind: 'homework'; homework: LinkedHomework } | { kind: 'create'; title: string };

export interface PickerState {
  query: string;
  items: PickerItem[];
  /** Index of the highlighted item; null when nothing is (Enter then types a new line as usual). */
  highlighted: number | null;
  /** The typed `#query` on screen: the popup sits under it, or above when the window ends below. */
  anchor: { left: number; top: number; bottom: number } | null;
  range: Range;
}

export interface PickerOpening {
  query: string;
  range: Range;
  items: LinkedHomework[];
  clientRect?: (() => DOMRect | null) | null;
  command: (item: PickerItem) => void;
}

/** A typed query that reads as a title: "#1" or "#3." is a number in the text, not homework to create. */
const READS_AS_TITLE = /\p{L}/u;

/**
 * The state of the `#` picker, outside React: the suggestion plugin drives it with its own
 * lifecycle and key events while the popup component only reads it. Existing homework is
 * highlighted first; when none matches, "create" is, so Enter offers to create what was typed.
 * A query without a letter highlights nothing: typing "#1" and Enter still makes a new line.
 */
export class HomeworkPicker {
  private current: PickerState | null = null;
  private choose: ((item: PickerItem) => void) | null = null;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): PickerState | null => this.current;

  show(opening: PickerOpening): void {
    const items: PickerItem[] = opening.items.map((homework) => ({ kind: 'homework', homework }));
    const title = opening.query.trim();
    if (title) items.push({ kind: 'create', title });
    const rect = opening.clientRect?.() ?? null;
    this.choose = opening.command;
    const offersCreate = opening.items.length === 0 && READS_AS_TITLE.test(title);
    this.set({
      query: opening.query,
      items,
      highlighted: opening.items.length > 0 || offersCreate ? 0 : null,
      anchor: rect ? { left: rect.left, top: rect.top, bottom: rect.bottom } : null,
      range: opening.range,
    });
  }

  hide(): void {
    this.choose = null;
    this.set(null);
  }

  pick(index: number): void {
    const item = this.current?.items[index];
    if (item && this.choose) this.choose(item);
  }

  /** Arrow keys move, Enter or Tab chooses, Escape closes; answers whether the key was used. */
  handleKey(event: KeyboardEvent): boolean {
    const state = this.current;
    if (!state || state.items.length === 0) return false;
    const count = state.items.length;
    switch (event.key) {
      case 'ArrowDown':
        this.set({ ...state, highlighted: state.highlighted === null ? 0 : (state.highlighted + 1) % count });
        return true;
      case 'ArrowUp':
        this.set({ ...state, highlighted: state.highlighted === null ? count - 1 : (state.highlighted - 1 + count) % count });
        return true;
      case 'Enter':
      case 'Tab':
        if (state.highlighted === null) return false;
        this.pick(state.highlighted);
        return true;
      case 'Escape':
        this.hide();
        return true;
      default:
        return false;
    }
  }

  private set(next: PickerState | null): void {
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}
