import type { Editor } from '@tiptap/core';
import { type CSSProperties, useEffect, useSyncExternalStore } from 'react';
import { HOMEWORK_STATUS_LABELS } from '../../../../../shared/homework/homework-types';
import type { HomeworkPicker, PickerItem, PickerState } from './homework-picker';

const LISTBOX_ID = 'homework-picker';
const optionId = (index: number) => `${LISTBOX_ID}-option-${index}`;

function optionText(item: PickerItem): string {
  return item.kind === 'homework' ? item.homework.title : `Create new homework “${item.title}”`;
}

/** Room the popup needs below the caret before it opens above instead. */
const POPUP_ROOM_PX = 320;
const GAP_PX = 4;

function popupPosition(anchor: PickerState['anchor']): CSSProperties | undefined {
  if (!anchor) return undefined;
  if (anchor.bottom + POPUP_ROOM_PX <= window.innerHeight) return { left: anchor.left, top: anchor.bottom + GAP_PX };
  return { left: anchor.left, bottom: window.innerHeight - anchor.top + GAP_PX };
}

/**
 * The `#` picker's popup. Focus stays in the editor (typing goes on narrowing the list), so the
 * editor (a textbox with autocomplete) owns the listbox and points at the highlighted option.
 */
export function HomeworkPickerPopup({ editor, picker }: { editor: Editor; picker: HomeworkPicker }) {
  const state = useSyncExternalStore(picker.subscribe, picker.getState);
  const open = state !== null;
  const highlighted = state?.highlighted ?? null;

  useEffect(() => {
    // A note page rendered hidden first (a Suspense boundary revealing it) gets a new editor once shown; this one has no view.
    if (editor.isDestroyed) return;
    const dom = editor.view.dom;
    if (!open) {
      for (const name of ['aria-controls', 'aria-activedescendant', 'aria-autocomplete']) dom.removeAttribute(name);
      return;
    }
    dom.setAttribute('aria-controls', LISTBOX_ID);
    dom.setAttribute('aria-autocomplete', 'list');
    if (highlighted === null) dom.removeAttribute('aria-activedescendant');
    else dom.setAttribute('aria-activedescendant', optionId(highlighted));
  }, [editor, open, highlighted]);

  if (!state) return null;
  const style = popupPosition(state.anchor);
  if (state.items.length === 0) {
    return (
      <div className="homework-picker homework-picker-hint" style={style} role="status">
        No homework yet. Type a title to create it.
      </div>
    );
  }
  return (
    <div className="homework-picker" style={style}>
      <div id={LISTBOX_ID} role="listbox" aria-label="Link homework">
        {state.items.map((item, index) => (
          <div
            key={item.kind === 'homework' ? item.homework.id : 'create'}
            id={optionId(index)}
            role="option"
            aria-selected={index === highlighted}
            className={['homework-picker-option', item.kind === 'create' ? 'homework-picker-create' : ''].join(' ')}
            // mousedown, not click: the editor must keep focus and its selection.
            onMouseDown={(event) => {
              event.preventDefault();
              picker.pick(index);
            }}
          >
            <span className="homework-picker-title">{optionText(item)}</span>
            {item.kind === 'homework' ? <span className="homework-picker-status">{HOMEWORK_STATUS_LABELS[item.homework.status]}</span> : null}
          </div>
        ))}
      </div>
      <p className="homework-picker-keys" aria-hidden="true">
        ↑↓ to choose · Enter to link · Esc to close
      </p>
    </div>
  );
}
