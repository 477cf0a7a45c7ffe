import { mergeAttributes, Node, type Range } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { Suggestion } from '@tiptap/suggestion';
import { HOMEWORK_LIMITS, HOMEWORK_STATUS_LABELS } from '../../../../../shared/homework/homework-types';
import { NOTE_NODES } from '../../../../../shared/notes/note-document';
import type { HomeworkDirectory, LinkedHomework } from './homework-directory';
import type { HomeworkPicker, PickerItem } from './homework-picker';

export interface HomeworkLinkOptions {
  directory: HomeworkDirectory;
  picker: HomeworkPicker;
  /** A link was clicked (or chosen from the keyboard). */
  onOpen: (homeworkId: string) => void;
  /** "Create new homework" was chosen in the picker: the range still holds the typed `#query`. */
  onCreate: (title: string, range: Range) => void;
}

const PICKER_LIMIT = 8;

/** What a signed link's homework is now, when it has changed since signing: marked as current, apart from what was signed. */
function describeNow(homework: LinkedHomework): string | null {
  if (!homework.now) return null;
  const changes = [
    ...(homework.now.title !== homework.title ? [`“${homework.now.title}”`] : []),
    ...(homework.now.status !== homework.status ? [HOMEWORK_STATUS_LABELS[homework.now.status]] : []),
  ];
  return `now ${changes.join(', ')}`;
}

/** What a link says, from the directory: the id alone says nothing to a reader. */
function describe(directory: HomeworkDirectory, id: string): { text: string; status: string | null; now: string | null; label: string } {
  const homework = directory.get(id);
  if (!homework) return { text: '#homework', status: null, now: null, label: 'Homework that is no longer listed' };
  const status = HOMEWORK_STATUS_LABELS[homework.status];
  const now = describeNow(homework);
  const label = now ? `Homework as signed: ${homework.title}, ${status}; ${now}` : `Homework: ${homework.title}, ${status}`;
  return { text: `#${homework.title}`, status, now, label };
}

/**
 * An inline atom carrying only the homework's id, as tiptap's Mention does. Its node view is plain
 * DOM (no React: a note can hold many), repainted from the directory. Typing `#` opens the picker.
 */
export const HomeworkLink = Node.create<HomeworkLinkOptions>({
  name: NOTE_NODES.homeworkLink,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addOptions() {
    return {
      directory: undefined as unknown as HomeworkDirectory,
      picker: undefined as unknown as HomeworkPicker,
      onOpen: () => undefined,
      onCreate: () => undefined,
    };
  },

  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-homework-id'),
        renderHTML: (attributes: Record<string, unknown>) => ({ 'data-homework-id': attributes.id }),
      },
    };
  },

  // Pasted links survive only when they point at this client's homework; others paste as their text.
  parseHTML() {
    return [
      { tag: 'span[data-homework-id]', getAttrs: (element) => (this.options.directory.has(element.getAttribute('data-homework-id') ?? '') ? null : false) },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'homework-link' }), describe(this.options.directory, node.attrs.id as string).text];
  },

  renderText({ node }) {
    return describe(this.options.directory, node.attrs.id as string).text;
  },

  addNodeView() {
    const { directory, onOpen } = this.options;
    return ({ node }) => {
      const id = node.attrs.id as string;
      const dom = document.createElement('span');
      dom.className = 'homework-link';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'homework-link-button';
      const title = document.createElement('span');
      title.className = 'homework-link-title';
      const status = document.createElement('span');
      status.className = 'homework-link-status';
      const now = document.createElement('span');
      now.className = 'homework-link-now';
      button.append(title, status, now);
      dom.append(button);
      const paint = () => {
        const described = describe(directory, id);
        title.textContent = described.text;
        status.textContent = described.status ?? '';
        status.hidden = described.status === null;
        now.textContent = described.now ?? '';
        now.hidden = described.now === null;
        button.setAttribute('aria-label', described.label);
        dom.dataset.status = directory.get(id)?.status ?? 'missing';
      };
      paint();
      const stop = directory.subscribe(paint);
      button.addEventListener('click', () => onOpen(id));
      return {
        dom,
        // The button takes its own clicks and keys; the editor keeps the rest.
        stopEvent: (event) => event.target instanceof globalThis.Node && button.contains(event.target) && event.type !== 'dragstart',
        ignoreMutation: () => true,
        destroy: stop,
      };
    };
  },

  addProseMirrorPlugins() {
    const { directory, picker, onCreate } = this.options;
    const nodeName = this.name;
    return [
      Suggestion<PickerItem, PickerItem>({
        editor: this.editor,
        pluginKey: new PluginKey('homeworkPicker'),
        char: '#',
        // Titles have spaces: the query runs on past them, up to the longest title there can be.
        allowSpaces: true,
        items: ({ query }) => directory.search(query, PICKER_LIMIT).map((homework) => ({ kind: 'homework', homework })),
        allow: ({ state, range }) =>
          range.to - range.from <= HOMEWORK_LIMITS.title + 1 &&
          state.doc.resolve(range.from).parent.type.contentMatch.matchType(state.schema.nodes[nodeName]!) !== null,
        command: ({ editor, range, props }) => {
          if (props.kind === 'create') {
            onCreate(props.title, range);
            return;
          }
          editor
            .chain()
            .focus()
            .insertContentAt(range, [
              { type: nodeName, attrs: { id: props.homework.id } },
              { type: 'text', text: ' ' },
            ])
            .run();
        },
        render: () => ({
          onStart: (props) => picker.show({ ...props, items: props.items.flatMap((item) => (item.kind === 'homework' ? [item.homework] : [])) }),
          onUpdate: (props) => picker.show({ ...props, items: props.items.flatMap((item) => (item.kind === 'homework' ? [item.homework] : [])) }),
          onKeyDown: ({ event }) => picker.handleKey(event),
          onExit: () => picker.hide(),
        }),
      }),
    ];
  },
});
