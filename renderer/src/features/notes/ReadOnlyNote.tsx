import { EditorContent, useEditor } from '@tiptap/react';
import { useState } from 'react';
import type { NoteDocument } from '../../../../shared/notes/note-document';
import { HomeworkDialog } from '../homework';
import type { LinkedHomework } from './editor/homework-directory';
import { HomeworkPicker } from './editor/homework-picker';
import { noteExtensions } from './editor/note-extensions';
import { useHomeworkDirectory } from './editor/NoteEditor';
import './editor/editor.css';

interface ReadOnlyNoteProps {
  clientId: string;
  doc: NoteDocument;
  label: string;
  /** A signed note's links as they read at signing; without it links read as the homework is now. */
  signedLinks?: readonly LinkedHomework[];
}

/**
 * A note shown, not edited (signed, or an earlier version): the same schema renders it, so what
 * is shown is exactly what was stored (a signed note's links as signed), and homework links
 * still open their homework.
 */
export function ReadOnlyNote({ clientId, doc, label, signedLinks }: ReadOnlyNoteProps) {
  const directory = useHomeworkDirectory(clientId, signedLinks);
  const [openHomework, setOpenHomework] = useState<string | null>(null);
  const [extensions] = useState(() =>
    noteExtensions({
      directory,
      picker: new HomeworkPicker(),
      isKnownPrompt: () => true,
      onOpenHomework: setOpenHomework,
      onCreateHomework: () => undefined,
      placeholder: '',
    }),
  );
  const editor = useEditor({
    extensions,
    content: doc,
    editable: false,
    immediatelyRender: true,
    // The CSP allows no inline <style>; editor.css carries what tiptap would inject.
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    editorProps: { attributes: { role: 'article', 'aria-label': label, class: 'note-editor-content note-read-only' } },
  });
  return (
    <>
      <EditorContent editor={editor} className="note-editor-surface" />
      {openHomework ? <HomeworkDialog homeworkId={openHomework} onClose={() => setOpenHomework(null)} /> : null}
    </>
  );
}
