import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { HomeworkDirectory } from '../../../../../../../renderer/src/features/notes/editor/homework-directory';
import { HomeworkPicker } from '../../../../../../../renderer/src/features/notes/editor/homework-picker';
import { noteExtensions } from '../../../../../../../renderer/src/features/notes/editor/note-extensions';
import { NOTE_MARKS, NOTE_NODES, parseNoteDocument } from '../../../../../../../shared/notes/note-document';
import { NOTE_KINDS } from '../../../../../../../shared/notes/note-kinds';
import { NOTE_TEMPLATES } from '../../../../../../../shared/notes/note-templates';

const schema = getSchema(
  noteExtensions({
    directory: new HomeworkDirectory(),
    picker: new HomeworkPicker(),
    isKnownPrompt: () => true,
    onOpenHomework: () => undefined,
    onCreateHomework: () => undefined,
    placeholder: '',
  }),
);

/** A document using every node and mark, written as the editor's own schema writes it (every attribute with its default). */
function everyNodeDocument() {
  const text = (value: string, marks: string[] = []) =>
    schema.text(
      value,
      marks.map((mark) => schema.mark(mark)),
    );
  const paragraph = (...content: ReturnType<typeof text>[]) => schema.node('paragraph', null, content);
  const nodes = schema.nodes;
  return schema.node('doc', null, [
    nodes.heading!.create({ level: 2 }, text('Heading')),
    paragraph(text('All marks', [...NOTE_MARKS]), nodes.hardBreak!.create(), text('after a break')),
    nodes.bulletList!.create(
      null,
      nodes.listItem!.create(null, [paragraph(text('bullet')), nodes.orderedList!.create(null, nodes.listItem!.create(null, paragraph(text('nested'))))]),
    ),
    nodes.taskList!.create(null, nodes.taskItem!.create({ checked: true }, paragraph(text('done')))),
    nodes.blockquote!.create(null, paragraph(text('quote'), nodes.homeworkLink!.create({ id: 'hw-1' }))),
    nodes.horizontalRule!.create(),
    nodes.promptBlock!.create({ promptId: 'prompt-1', question: 'What surprised you?' }, paragraph(text('The colours'))),
  ]);
}

describe('the editor schema and the contract agree', () => {
  it('defines exactly the nodes and marks main accepts', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(Object.values(NOTE_NODES).sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...NOTE_MARKS].sort());
  });

  it('writes JSON that main accepts unchanged, every default attribute included', () => {
    const json = everyNodeDocument().toJSON();
    expect(parseNoteDocument(JSON.parse(JSON.stringify(json)))).toEqual(JSON.parse(JSON.stringify(json)));
  });

  it('reads every template as a valid document of its own schema', () => {
    for (const kind of NOTE_KINDS) {
      const doc = schema.nodeFromJSON(NOTE_TEMPLATES[kind]());
      expect(() => doc.check()).not.toThrow();
      expect(parseNoteDocument(doc.toJSON())).toBeTruthy();
    }
  });
});
