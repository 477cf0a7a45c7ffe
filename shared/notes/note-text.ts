import { NOTE_NODES, type NoteDocument, type NoteNode } from './note-document';

/** Blocks whose text stands on lines of its own in the plain text. */
const TEXT_BLOCKS = new Set<string>([NOTE_NODES.paragraph, NOTE_NODES.heading]);

function collect(node: NoteNode, lines: string[], current: string[]): void {
  if (node.type === NOTE_NODES.text) {
    current.push(node.text ?? '');
    return;
  }
  if (node.type === NOTE_NODES.hardBreak) {
    current.push('\n');
    return;
  }
  if (node.type === NOTE_NODES.promptBlock && typeof node.attrs?.question === 'string') lines.push(node.attrs.question);
  if (TEXT_BLOCKS.has(node.type)) {
    const line: string[] = [];
    for (const child of node.content ?? []) collect(child, lines, line);
    const text = line.join('').trim();
    if (text) lines.push(text);
    return;
  }
  for (const child of node.content ?? []) collect(child, lines, current);
}

/**
 * The note's words for search and word counts: one line per paragraph or heading, prompt
 * questions included. Homework links carry only an id, so their titles are not part of it
 * (homework is indexed on its own).
 */
export function extractNoteText(doc: NoteDocument): string {
  const lines: string[] = [];
  for (const block of doc.content) collect(block, lines, []);
  return lines.join('\n');
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
