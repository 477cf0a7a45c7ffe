import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { Group, Separator, ToggleButton, Toolbar } from '../../../ui/aria-primitives';
import { ActionButton } from '../../../ui/ActionButton';

interface EditorToolbarProps {
  editor: Editor;
  onInsertPrompt: () => void;
  onLinkHomework: () => void;
}

/** Which formats apply at the caret: the toolbar re-renders only when one of these changes. */
function selectFormats({ editor }: { editor: Editor }) {
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    strike: editor.isActive('strike'),
    heading2: editor.isActive('heading', { level: 2 }),
    heading3: editor.isActive('heading', { level: 3 }),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    taskList: editor.isActive('taskList'),
    blockquote: editor.isActive('blockquote'),
  };
}

type Format = keyof ReturnType<typeof selectFormats>;

const FORMATS: { format: Format; label: string; glyph: string; run: (editor: Editor) => void }[] = [
  { format: 'bold', label: 'Bold', glyph: 'B', run: (editor) => editor.chain().focus().toggleBold().run() },
  { format: 'italic', label: 'Italic', glyph: 'I', run: (editor) => editor.chain().focus().toggleItalic().run() },
  { format: 'underline', label: 'Underline', glyph: 'U', run: (editor) => editor.chain().focus().toggleUnderline().run() },
  { format: 'strike', label: 'Strikethrough', glyph: 'S', run: (editor) => editor.chain().focus().toggleStrike().run() },
];

const BLOCKS: { format: Format; label: string; glyph: string; run: (editor: Editor) => void }[] = [
  { format: 'heading2', label: 'Heading', glyph: 'H2', run: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run() },
  { format: 'heading3', label: 'Subheading', glyph: 'H3', run: (editor) => editor.chain().focus().toggleHeading({ level: 3 }).run() },
  { format: 'bulletList', label: 'Bulleted list', glyph: '•', run: (editor) => editor.chain().focus().toggleBulletList().run() },
  { format: 'orderedList', label: 'Numbered list', glyph: '1.', run: (editor) => editor.chain().focus().toggleOrderedList().run() },
  { format: 'taskList', label: 'Checklist', glyph: '☑', run: (editor) => editor.chain().focus().toggleTaskList().run() },
  { format: 'blockquote', label: 'Quote', glyph: '❝', run: (editor) => editor.chain().focus().toggleBlockquote().run() },
];

/** Formatting, then what a note links to. Arrow keys move within the toolbar (one Tab stop). */
export function EditorToolbar({ editor, onInsertPrompt, onLinkHomework }: EditorToolbarProps) {
  const formats = useEditorState({ editor, selector: selectFormats });
  const toggle = (item: (typeof FORMATS)[number]) => (
    <ToggleButton key={item.format} className="toolbar-toggle" aria-label={item.label} isSelected={formats[item.format]} onChange={() => item.run(editor)}>
      <span aria-hidden="true" className={`toolbar-glyph toolbar-glyph-${item.format}`}>
        {item.glyph}
      </span>
    </ToggleButton>
  );
  return (
    <Toolbar aria-label="Formatting" className="editor-toolbar">
      <Group aria-label="Text style" className="toolbar-group">
        {FORMATS.map(toggle)}
      </Group>
      <Separator orientation="vertical" className="toolbar-separator" />
      <Group aria-label="Blocks" className="toolbar-group">
        {BLOCKS.map(toggle)}
      </Group>
      <Separator orientation="vertical" className="toolbar-separator" />
      <Group aria-label="Insert" className="toolbar-group">
        <ActionButton variant="quiet" className="toolbar-action" onPress={onLinkHomework}>
          # Link homework
        </ActionButton>
        <ActionButton variant="quiet" className="toolbar-action" onPress={onInsertPrompt}>
          Insert prompt
        </ActionButton>
      </Group>
    </Toolbar>
  );
}
