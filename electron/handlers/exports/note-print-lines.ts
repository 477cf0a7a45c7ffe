import { NOTE_NODES, type NoteDocument, type NoteNode } from '../../../shared/notes/note-document';

/** A line of a note as printed: its text, whether it is a heading or question, and how far in it sits. */
export interface PrintLine {
  text: string;
  bold: boolean;
  indent: number;
}

const STEP = 14;

function inlineText(node: NoteNode, homeworkTitles: ReadonlyMap<string, string>): string {
  if (node.type === NOTE_NODES.text) return node.text ?? '';
  if (node.type === NOTE_NODES.hardBreak) return '\n';
  if (node.type === NOTE_NODES.homeworkLink) {
    const id = typeof node.attrs?.id === 'string' ? node.attrs.id : '';
    return `[homework: ${homeworkTitles.get(id) ?? id}]`;
  }
  return (node.content ?? []).map((child) => inlineText(child, homeworkTitles)).join('');
}

/**
 * The note's editor JSON as printable lines: headings and prompt questions bold, list items with
 * their bullet, number or checkbox, quotes and nested lists indented, homework links by title.
 */
export function notePrintLines(doc: NoteDocument, homeworkTitles: ReadonlyMap<string, string>): PrintLine[] {
  const lines: PrintLine[] = [];
  const visit = (node: NoteNode, indent: number, marker: string) => {
    switch (node.type) {
      case NOTE_NODES.paragraph:
      case NOTE_NODES.heading: {
        const text = inlineText(node, homeworkTitles).trim();
        if (text || marker) lines.push({ text: `${marker}${text}`, bold: node.type === NOTE_NODES.heading, indent });
        return;
      }
      case NOTE_NODES.horizontalRule:
        lines.push({ text: '* * *', bold: false, indent });
        return;
      case NOTE_NODES.bulletList:
      case NOTE_NODES.orderedList:
      case NOTE_NODES.taskList: {
        const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
        (node.content ?? []).forEach((item, index) => {
          const itemMarker =
            node.type === NOTE_NODES.bulletList
              ? '• '
              : node.type === NOTE_NODES.orderedList
                ? `${start + index}. `
                : item.attrs?.checked === true
                  ? '[x] '
                  : '[ ] ';
          (item.content ?? []).forEach((child, childIndex) => visit(child, indent + STEP, childIndex === 0 ? itemMarker : ''));
        });
        return;
      }
      case NOTE_NODES.blockquote:
        for (const child of node.content ?? []) visit(child, indent + STEP, '');
        return;
      case NOTE_NODES.promptBlock:
        if (typeof node.attrs?.question === 'string') lines.push({ text: node.attrs.question, bold: true, indent });
        for (const child of node.content ?? []) visit(child, indent + STEP, '');
        return;
      default:
        for (const child of node.content ?? []) visit(child, indent, marker);
    }
  };
  for (const block of doc.content) visit(block, 0, '');
  return lines;
}
