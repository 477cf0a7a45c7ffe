import { NOTE_NODES, type NoteDocument, type NoteNode } from './note-document';

/** Blocks whose text stands on lines of its own in the plain text. */
const TEXT_BLOCKS = new Set<string>([NOTE_NODES.paragraph, NOTE_NODES.heading]);

/** A homework link's title by its id, or undefined when it is not known. */
export type HomeworkTitleOf = (homeworkId: string) => string | undefined;

function collect(node: NoteNode, lines: string[], current: string[], titleOf: HomeworkTitleOf): void {
  if (node.type === NOTE_NODES.text) {
    current.push(node.text ?? '');
    return;
  }
  if (node.type === NOTE_NODES.homeworkLink) {
    const title = typeof node.attrs?.id === 'string' ? titleOf(node.attrs.id) : undefined;
    if (title) current.push(title);
    return;
  }
  if (node.type === NOTE_NODES.hardBreak) {
    current.push('\n');
    return;
  }
  if (node.type === NOTE_NODES.promptBlock && typeof node.attrs?.question === 'string') lines.push(node.attrs.question);
  if (TEXT_BLOCKS.has(node.type)) {
    const line: string[] = [];
    for (const child of node.content ?? []) collect(child, lines, line, titleOf);
    const text = line.join('').trim();
    if (text) lines.push(text);
    return;
  }
  for (const child of node.content ?? []) collect(child, lines, current, titleOf);
}

const NO_TITLES: HomeworkTitleOf = () => undefined;

/**
 * The note's words for search and word counts: one line per paragraph or heading, prompt
 * questions included. A homework link carries only an id: its title reads in place when
 * `titleOf` knows it (search text), and is left out otherwise (word counts count what was typed).
 */
export function extractNoteText(doc: NoteDocument, titleOf: HomeworkTitleOf = NO_TITLES): string {
  const lines: string[] = [];
  for (const block of doc.content) collect(block, lines, [], titleOf);
  return lines.join('\n');
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
