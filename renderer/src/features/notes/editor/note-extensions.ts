import type { Extensions, Range } from '@tiptap/core';
import { OrderedList, TaskItem, TaskList } from '@tiptap/extension-list';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { HEADING_LEVELS } from '../../../../../shared/notes/note-document';
import type { HomeworkDirectory } from './homework-directory';
import { HomeworkLink } from './homework-link-node';
import type { HomeworkPicker } from './homework-picker';
import { PromptBlock } from './prompt-block-node';

const ORDERED_LIST_TYPES = new Set(['1', 'a', 'A', 'i', 'I']);

/**
 * A pasted <ol type="..." start="..."> brings whatever it says; keep only what a list can be, so
 * a hostile or odd paste never produces a note main would refuse to save.
 */
const SafeOrderedList = OrderedList.extend({
  addAttributes() {
    return {
      start: {
        default: 1,
        parseHTML: (element) => {
          const start = Number.parseInt(element.getAttribute('start') ?? '1', 10);
          return Number.isInteger(start) && start >= 0 && start <= 100_000 ? start : 1;
        },
      },
      type: {
        default: null,
        parseHTML: (element) => {
          const type = element.getAttribute('type');
          return type && ORDERED_LIST_TYPES.has(type) ? type : null;
        },
      },
    };
  },
});

export interface NoteExtensionOptions {
  directory: HomeworkDirectory;
  picker: HomeworkPicker;
  isKnownPrompt: (id: string) => boolean;
  onOpenHomework: (homeworkId: string) => void;
  onCreateHomework: (title: string, range: Range) => void;
  placeholder: string;
}

/**
 * The notes schema: exactly the nodes and marks shared/notes/note-document.ts accepts. No links,
 * images, code or raw HTML, so whatever is pasted is reduced to these by the schema itself.
 */
export function noteExtensions(options: NoteExtensionOptions): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [...HEADING_LEVELS] },
      orderedList: false,
      link: false,
      code: false,
      codeBlock: false,
    }),
    SafeOrderedList,
    TaskList,
    TaskItem.configure({ nested: true }),
    Placeholder.configure({ placeholder: options.placeholder }),
    HomeworkLink.configure({
      directory: options.directory,
      picker: options.picker,
      onOpen: options.onOpenHomework,
      onCreate: options.onCreateHomework,
    }),
    PromptBlock.configure({ isKnownPrompt: options.isKnownPrompt }),
  ];
}
