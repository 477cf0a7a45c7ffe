import type { Range } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { Homework, Note } from '../../../../../shared/contract';
import { HomeworkDialog, useClientHomework, NewHomeworkDialog } from '../../homework';
import { usePrompts, PromptPickerDialog } from '../../prompts';
import { EditorToolbar } from './EditorToolbar';
import { HomeworkDirectory, type LinkedHomework, linksAsSigned } from './homework-directory';
import { HomeworkPicker } from './homework-picker';
import { HomeworkPickerPopup } from './HomeworkPickerPopup';
import { KnownPrompts } from './known-prompts';
import { noteExtensions } from './note-extensions';
import { BESIDE_THE_NOTE } from '../notes-queries';
import './editor.css';

type OpenDialog = { kind: 'homework'; homeworkId: string } | { kind: 'new-homework'; title: string; range: Range } | { kind: 'prompt' } | null;

interface NoteEditorProps {
  note: Note;
  onDocumentChange: (doc: ProseMirrorNode) => void;
  onBlur: () => void;
}

/**
 * Keeps a directory filled from the client's homework list, so link nodes repaint when it changes.
 * Given a signed note's links, they read as signed, with the homework as it is now beside them.
 */
export function useHomeworkDirectory(clientId: string, signedLinks?: readonly LinkedHomework[]): HomeworkDirectory {
  const [directory] = useState(() => new HomeworkDirectory());
  const homework = useClientHomework(clientId, BESIDE_THE_NOTE);
  useEffect(() => {
    if (homework.data) directory.replace(signedLinks ? linksAsSigned(signedLinks, homework.data) : homework.data);
  }, [directory, homework.data, signedLinks]);
  return directory;
}

/**
 * The draft's editor. It renders only when its dialogs open or close: typing never re-renders
 * React (shouldRerenderOnTransaction false); the toolbar watches the formats it shows.
 */
export function NoteEditor({ note, onDocumentChange, onBlur }: NoteEditorProps) {
  const directory = useHomeworkDirectory(note.clientId);
  const prompts = usePrompts({ includeArchived: true, ...BESIDE_THE_NOTE });
  const [picker] = useState(() => new HomeworkPicker());
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [knownPrompts] = useState(() => new KnownPrompts());
  useEffect(() => knownPrompts.replace(prompts.data ?? []), [knownPrompts, prompts.data]);

  const [extensions] = useState(() =>
    noteExtensions({
      directory,
      picker,
      isKnownPrompt: (id) => knownPrompts.has(id),
      onOpenHomework: (homeworkId) => setDialog({ kind: 'homework', homeworkId }),
      onCreateHomework: (title, range) => setDialog({ kind: 'new-homework', title, range }),
      placeholder: 'Write here. Type # to link homework.',
    }),
  );

  // Options other than the extensions are applied again on every render, so these callbacks stay current.
  const editor = useEditor({
    extensions,
    content: note.doc,
    immediatelyRender: true,
    // The CSP allows no inline <style>; editor.css carries what tiptap would inject.
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'Note text', class: 'note-editor-content', spellcheck: 'true' },
    },
    onUpdate: ({ editor: updated, transaction }) => {
      if (transaction.docChanged) onDocumentChange(updated.state.doc);
    },
    onBlur,
  });

  const closeDialog = () => {
    setDialog(null);
    editor.commands.focus();
  };

  const insertHomeworkLink = (homework: Homework, range: Range) => {
    directory.add(homework);
    editor
      .chain()
      .focus()
      .insertContentAt(range, [
        { type: 'homeworkLink', attrs: { id: homework.id } },
        { type: 'text', text: ' ' },
      ])
      .run();
  };

  // "# Link homework" types the trigger where the caret is, after a space if the word needs one.
  const startHomeworkLink = () => {
    const { $from } = editor.state.selection;
    const before = $from.parent.textBetween(Math.max(0, $from.parentOffset - 1), $from.parentOffset, undefined, '\ufffc');
    editor
      .chain()
      .focus()
      .insertContent(before === '' || before === ' ' ? '#' : ' #')
      .run();
  };

  return (
    <div className="note-editor">
      <EditorToolbar editor={editor} onLinkHomework={startHomeworkLink} onInsertPrompt={() => setDialog({ kind: 'prompt' })} />
      <EditorContent editor={editor} className="note-editor-surface" />
      <HomeworkPickerPopup editor={editor} picker={picker} />
      {dialog?.kind === 'homework' ? <HomeworkDialog homeworkId={dialog.homeworkId} onClose={closeDialog} /> : null}
      {dialog?.kind === 'new-homework' ? (
        <NewHomeworkDialog
          clientId={note.clientId}
          initialTitle={dialog.title}
          onClose={closeDialog}
          onCreated={(homework) => {
            const { range } = dialog;
            setDialog(null);
            insertHomeworkLink(homework, range);
          }}
        />
      ) : null}
      {dialog?.kind === 'prompt' ? (
        <PromptPickerDialog
          sessionId={note.sessionId}
          onClose={closeDialog}
          onPick={(prompt) => {
            setDialog(null);
            editor.chain().focus().insertPromptBlock(prompt).run();
          }}
        />
      ) : null}
    </div>
  );
}
