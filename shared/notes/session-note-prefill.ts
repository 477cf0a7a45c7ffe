import { NOTE_NODES, type NoteDocument, type NoteNode } from './note-document';

/** What a dosing session gives the notes written about it. */
export interface SessionNoteMaterial {
  /** The intention captured at check-in. */
  intention: string | null;
  /** The client's words logged in the room, which the room flags for the integration talk, in timeline order. */
  quotes: readonly string[];
  /** The prompts planned for the session's follow-up, in order. */
  prompts: readonly { id: string; text: string }[];
}

/** Where each kind of material goes when the note's template has that heading; otherwise under "From the session" at the top. */
const INTENTION_HEADING = 'Intention';
const QUOTES_HEADING = 'Themes for integration';
const FALLBACK_HEADING = 'From the session';

const text = (value: string): NoteNode => ({ type: NOTE_NODES.text, text: value });
const paragraphs = (value: string): NoteNode[] =>
  value
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ type: NOTE_NODES.paragraph, content: [text(line)] }));
const quote = (words: string): NoteNode => ({ type: NOTE_NODES.blockquote, content: paragraphs(words) });
const promptBlock = (prompt: { id: string; text: string }): NoteNode => ({
  type: NOTE_NODES.promptBlock,
  attrs: { promptId: prompt.id, question: prompt.text },
  content: [{ type: NOTE_NODES.paragraph }],
});

function headingTitle(node: NoteNode): string | null {
  if (node.type !== NOTE_NODES.heading) return null;
  return (node.content ?? []).map((child) => child.text ?? '').join('');
}

/** The heading's section: from the heading to the next heading. An empty paragraph there is the template's blank line. */
function fillSection(content: NoteNode[], title: string, blocks: NoteNode[]): boolean {
  const at = content.findIndex((node) => headingTitle(node) === title);
  if (at === -1) return false;
  const next = content.findIndex((node, index) => index > at && node.type === NOTE_NODES.heading);
  const end = next === -1 ? content.length : next;
  const blank = content.slice(at + 1, end).findIndex((node) => node.type === NOTE_NODES.paragraph && !node.content?.length);
  if (blank === -1) content.splice(end, 0, ...blocks);
  else content.splice(at + 1 + blank, 0, ...blocks);
  return true;
}

/**
 * A new note linked to a session starts with what the session recorded: the intention under
 * "Intention", the client's words as quotes and the planned prompts as prompt blocks under
 * "Themes for integration" (or, for a template without those headings, in a "From the session"
 * section at the top). The therapist edits or deletes any of it; nothing is summarised or chosen.
 */
export function prefillFromSession(doc: NoteDocument, material: SessionNoteMaterial): NoteDocument {
  const content = [...doc.content];
  const intention = material.intention?.trim() ? paragraphs(material.intention) : [];
  const themes = [...material.quotes.filter((words) => words.trim()).map(quote), ...material.prompts.map(promptBlock)];
  const leftOver: NoteNode[] = [];
  if (intention.length && !fillSection(content, INTENTION_HEADING, intention)) {
    leftOver.push({ type: NOTE_NODES.paragraph, content: [text('Intention:')] }, ...intention);
  }
  if (themes.length && !fillSection(content, QUOTES_HEADING, themes)) leftOver.push(...themes);
  if (leftOver.length === 0) return { ...doc, content };
  const heading: NoteNode = { type: NOTE_NODES.heading, attrs: { level: 2 }, content: [text(FALLBACK_HEADING)] };
  const emptyDoc = content.length === 1 && content[0]?.type === NOTE_NODES.paragraph && !content[0].content?.length;
  return { ...doc, content: [heading, ...leftOver, ...(emptyDoc ? [{ type: NOTE_NODES.paragraph }] : content)] };
}
