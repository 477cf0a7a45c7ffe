import { NOTE_NODES, type NoteDocument, type NoteNode } from '../../shared/notes/note-document';
import type { Prng } from './prng';
import { syntheticParagraph, syntheticSentence } from './synthetic-note-text';

export interface SyntheticNoteOptions {
  /** Stop once the text holds at least this many words... */
  words?: number;
  /** ...or at least this many characters (whichever is given; words wins if both are). */
  chars?: number;
  /** Homework of the note's own client, each linked once from a paragraph. */
  homeworkIds?: readonly string[];
  /** A library prompt to hold as a prompt block, answered in a paragraph. */
  prompt?: { id: string; question: string };
}

const SECTION_TITLES = [
  'Check-in',
  'Since the last session',
  'Session content',
  'Observations',
  'Themes for integration',
  'Risk and safety',
  'Plan and homework',
];
const PARAGRAPH_WORDS = { min: 40, max: 110 };

const text = (value: string): NoteNode => ({ type: NOTE_NODES.text, text: value });
const paragraph = (...content: NoteNode[]): NoteNode => ({ type: NOTE_NODES.paragraph, content });
const heading = (title: string): NoteNode => ({ type: NOTE_NODES.heading, attrs: { level: 2 }, content: [text(title)] });

function bulletList(prng: Prng): NoteNode {
  const items = Array.from({ length: prng.int(3, 5) }, () => ({ type: NOTE_NODES.listItem, content: [paragraph(text(syntheticSentence(prng)))] }));
  return { type: NOTE_NODES.bulletList, content: items };
}

/** A paragraph mentioning homework inline, as the editor writes a link: text, the link node, text. */
function linkParagraph(prng: Prng, homeworkId: string): NoteNode {
  return paragraph(
    text(`${syntheticSentence(prng)} Assigned `),
    { type: NOTE_NODES.homeworkLink, attrs: { id: homeworkId } },
    text(` for the coming week. ${syntheticSentence(prng)}`),
  );
}

function promptBlock(prng: Prng, prompt: { id: string; question: string }): NoteNode {
  return { type: NOTE_NODES.promptBlock, attrs: { promptId: prompt.id, question: prompt.question }, content: [paragraph(text(syntheticParagraph(prng, 30)))] };
}

/**
 * A note as the editor would save it: sections under level-2 headings, paragraphs of prose, a
 * bullet list, homework links and a prompt block when asked for. Only nodes the notes schema
 * allows, so it passes parseNoteDocument unchanged.
 */
export function syntheticNoteDocument(prng: Prng, options: SyntheticNoteOptions): NoteDocument {
  const content: NoteNode[] = [];
  const links = [...(options.homeworkIds ?? [])];
  let prompt = options.prompt;
  let words = 0;
  let chars = 0;
  const done = () => (options.words !== undefined ? words >= options.words : chars >= (options.chars ?? 0));
  const add = (node: NoteNode, prose: string) => {
    content.push(node);
    words += prose.split(/\s+/).filter(Boolean).length;
    chars += prose.length + 1;
  };
  for (let section = 0; !done() || links.length > 0 || prompt; section++) {
    const title = SECTION_TITLES[section % SECTION_TITLES.length]!;
    add(heading(title), title);
    const paragraphs = prng.int(1, 3);
    for (let index = 0; index < paragraphs && !done(); index++) {
      const prose = syntheticParagraph(prng, prng.int(PARAGRAPH_WORDS.min, PARAGRAPH_WORDS.max));
      add(paragraph(text(prose)), prose);
    }
    if (section === 1) {
      const list = bulletList(prng);
      add(list, listText(list));
    }
    const link = links.shift();
    if (link) {
      const node = linkParagraph(prng, link);
      add(node, node.content!.map((child) => child.text ?? '').join(''));
    }
    if (prompt && section >= 2) {
      const node = promptBlock(prng, prompt);
      add(node, `${prompt.question} ${node.content![0]!.content![0]!.text}`);
      prompt = undefined;
    }
  }
  return { type: 'doc', content };
}

function listText(list: NoteNode): string {
  return list.content!.map((item) => item.content![0]!.content![0]!.text).join(' ');
}
