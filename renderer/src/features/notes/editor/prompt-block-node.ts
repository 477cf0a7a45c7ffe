import { mergeAttributes, Node } from '@tiptap/core';
import type { Prompt } from '../../../../../shared/contract';
import { NOTE_NODES } from '../../../../../shared/notes/note-document';

export interface PromptBlockOptions {
  /** Prompt ids the vault knows; a pasted block pointing elsewhere keeps its words but not the link. */
  isKnownPrompt: (id: string) => boolean;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    promptBlock: {
      /** Inserts the prompt, then an empty response paragraph with the caret in it. */
      insertPromptBlock: (prompt: Pick<Prompt, 'id' | 'text'>) => ReturnType;
    };
  }
}

/**
 * A prompt from the library and the client's response beneath it. The question is kept in the
 * note (what was asked stays part of the record even if the library text is edited later) and
 * the block links back to its prompt by id. Plain DOM node view; the question is not editable.
 */
export const PromptBlock = Node.create<PromptBlockOptions>({
  name: NOTE_NODES.promptBlock,
  group: 'block',
  content: 'paragraph+',
  defining: true,
  isolating: true,

  addOptions() {
    return { isKnownPrompt: () => false };
  },

  addAttributes() {
    return {
      promptId: {
        default: null,
        parseHTML: (element) => {
          const id = element.getAttribute('data-prompt-id');
          return id && this.options.isKnownPrompt(id) ? id : null;
        },
        renderHTML: (attributes: Record<string, unknown>) => (attributes.promptId ? { 'data-prompt-id': attributes.promptId } : {}),
      },
      question: {
        default: '',
        parseHTML: (element) => (element.getAttribute('data-question') ?? '').slice(0, 1000),
        renderHTML: (attributes: Record<string, unknown>) => ({ 'data-question': attributes.question }),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'section[data-prompt-block]',
        contentElement: 'div[data-prompt-response]',
        getAttrs: (element) => ((element.getAttribute('data-question') ?? '').trim() ? null : false),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'section',
      mergeAttributes(HTMLAttributes, { 'data-prompt-block': '', class: 'prompt-block' }),
      ['p', { class: 'prompt-block-question' }, node.attrs.question as string],
      ['div', { 'data-prompt-response': '', class: 'prompt-block-response' }, 0],
    ];
  },

  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement('section');
      dom.className = 'prompt-block';
      dom.setAttribute('aria-label', 'Prompt and response');
      const header = document.createElement('p');
      header.className = 'prompt-block-question';
      header.contentEditable = 'false';
      const label = document.createElement('span');
      label.className = 'prompt-block-label';
      label.textContent = 'Prompt';
      const question = document.createElement('span');
      question.textContent = node.attrs.question as string;
      header.append(label, question);
      const contentDOM = document.createElement('div');
      contentDOM.className = 'prompt-block-response';
      dom.append(header, contentDOM);
      return { dom, contentDOM, ignoreMutation: (mutation) => header.contains(mutation.target) };
    };
  },

  addCommands() {
    return {
      insertPromptBlock:
        (prompt) =>
        ({ chain }) =>
          chain()
            .insertContent({ type: this.name, attrs: { promptId: prompt.id, question: prompt.text }, content: [{ type: NOTE_NODES.paragraph }] })
            .run(),
    };
  },
});
