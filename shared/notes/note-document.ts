/**
 * The note editor's JSON (tiptap/ProseMirror), which is the source of truth for a note. Main
 * accepts only the node types, marks and attributes the editor's schema defines, so whatever
 * reaches the database has already passed the same schema that cleans a paste: no HTML, no
 * links to anywhere, no unknown attributes. Hand-written rather than zod so that depth is
 * bounded before any recursion can run away, and so that a 5,000-word note checks quickly.
 */

/** Names shared with the editor's extensions, so both sides speak of the same nodes. */
export const NOTE_NODES = {
  doc: 'doc',
  paragraph: 'paragraph',
  text: 'text',
  heading: 'heading',
  bulletList: 'bulletList',
  orderedList: 'orderedList',
  listItem: 'listItem',
  taskList: 'taskList',
  taskItem: 'taskItem',
  blockquote: 'blockquote',
  hardBreak: 'hardBreak',
  horizontalRule: 'horizontalRule',
  homeworkLink: 'homeworkLink',
  promptBlock: 'promptBlock',
} as const;

export const NOTE_MARKS = ['bold', 'italic', 'underline', 'strike'] as const;
export type NoteMark = (typeof NOTE_MARKS)[number];

export const HEADING_LEVELS = [2, 3] as const;

export const NOTE_LIMITS = {
  /** The JSON text as sent by the editor: far above a 5,000-word note (about 60 KB). */
  contentJsonChars: 900_000,
  textChars: 400_000,
  nodes: 40_000,
  /** Block nesting (lists in lists in quotes...). */
  depth: 24,
  title: 200,
  promptQuestion: 1000,
  addendum: 20_000,
} as const;

export interface NoteTextNode {
  type: 'text';
  text: string;
  marks?: { type: NoteMark }[];
}

export interface NoteNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: NoteNode[];
  text?: string;
  marks?: { type: NoteMark }[];
}

export interface NoteDocument {
  type: 'doc';
  content: NoteNode[];
}

type Attr = (value: unknown) => boolean;

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const isId: Attr = (value) => typeof value === 'string' && ID_PATTERN.test(value);
const isIdOrNull: Attr = (value) => value === null || isId(value);

/**
 * What each node may hold: `content` names the child group, `attrs` the allowed attributes
 * (each optional: tiptap writes them with their defaults). Inline nodes are text, hardBreak and
 * homeworkLink; block groups follow the editor's schema.
 */
interface NodeRule {
  group: 'block' | 'inline' | 'listItem' | 'taskItem';
  content: 'block' | 'inline' | 'listItem' | 'taskItem' | 'none' | 'text';
  attrs?: Record<string, Attr>;
  /** Attributes that must be present. */
  required?: readonly string[];
  /** A list item's first child is a paragraph, as in ProseMirror's list schema. */
  firstChildParagraph?: boolean;
  /** Must have at least one child. */
  nonEmpty?: boolean;
}

const RULES: Record<string, NodeRule> = {
  [NOTE_NODES.paragraph]: { group: 'block', content: 'inline' },
  [NOTE_NODES.heading]: {
    group: 'block',
    content: 'inline',
    attrs: { level: (value) => (HEADING_LEVELS as readonly unknown[]).includes(value) },
    required: ['level'],
  },
  [NOTE_NODES.bulletList]: { group: 'block', content: 'listItem', nonEmpty: true },
  [NOTE_NODES.orderedList]: {
    group: 'block',
    content: 'listItem',
    nonEmpty: true,
    attrs: {
      start: (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100_000,
      type: (value) => value === null || value === '1' || value === 'a' || value === 'A' || value === 'i' || value === 'I',
    },
  },
  [NOTE_NODES.listItem]: { group: 'listItem', content: 'block', nonEmpty: true, firstChildParagraph: true },
  [NOTE_NODES.taskList]: { group: 'block', content: 'taskItem', nonEmpty: true },
  [NOTE_NODES.taskItem]: {
    group: 'taskItem',
    content: 'block',
    nonEmpty: true,
    firstChildParagraph: true,
    attrs: { checked: (value) => typeof value === 'boolean' },
  },
  [NOTE_NODES.blockquote]: { group: 'block', content: 'block', nonEmpty: true },
  [NOTE_NODES.horizontalRule]: { group: 'block', content: 'none' },
  [NOTE_NODES.hardBreak]: { group: 'inline', content: 'none' },
  [NOTE_NODES.homeworkLink]: { group: 'inline', content: 'none', attrs: { id: isId }, required: ['id'] },
  [NOTE_NODES.promptBlock]: {
    group: 'block',
    content: 'block',
    nonEmpty: true,
    attrs: {
      promptId: isIdOrNull,
      question: (value) => typeof value === 'string' && value.trim().length > 0 && value.length <= NOTE_LIMITS.promptQuestion,
    },
    required: ['promptId', 'question'],
  },
};

export class NoteDocumentError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'NoteDocumentError';
  }
}

interface Budget {
  nodes: number;
  textChars: number;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function checkKeys(node: Record<string, unknown>, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(node)) if (!allowed.includes(key)) throw new NoteDocumentError(path, `unexpected field "${key.slice(0, 40)}"`);
}

function checkMarks(value: unknown, path: string): { type: NoteMark }[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > NOTE_MARKS.length) throw new NoteDocumentError(path, 'marks must be a short list');
  const seen = new Set<string>();
  return value.map((mark, index) => {
    const markPath = `${path}[${index}]`;
    if (!isPlainObject(mark)) throw new NoteDocumentError(markPath, 'a mark must be an object');
    checkKeys(mark, ['type', 'attrs'], markPath);
    if (!(NOTE_MARKS as readonly unknown[]).includes(mark.type)) throw new NoteDocumentError(markPath, 'not a mark notes allow');
    if (mark.attrs !== undefined && !(isPlainObject(mark.attrs) && Object.keys(mark.attrs).length === 0))
      throw new NoteDocumentError(markPath, 'marks carry no attributes');
    if (seen.has(mark.type as string)) throw new NoteDocumentError(markPath, 'a mark appears twice');
    seen.add(mark.type as string);
    return { type: mark.type as NoteMark };
  });
}

function checkAttrs(node: Record<string, unknown>, rule: NodeRule, path: string): Record<string, unknown> | undefined {
  const { attrs } = node;
  if (attrs === undefined || attrs === null) {
    if (rule.required?.length) throw new NoteDocumentError(path, `needs ${rule.required.join(', ')}`);
    return undefined;
  }
  if (!isPlainObject(attrs)) throw new NoteDocumentError(`${path}.attrs`, 'must be an object');
  const allowed = rule.attrs ?? {};
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attrs)) {
    const check = allowed[key];
    if (!check) throw new NoteDocumentError(`${path}.attrs`, `unexpected attribute "${key.slice(0, 40)}"`);
    if (!check(value)) throw new NoteDocumentError(`${path}.attrs.${key}`, 'not an allowed value');
    kept[key] = value;
  }
  for (const key of rule.required ?? []) if (!(key in kept)) throw new NoteDocumentError(`${path}.attrs`, `needs ${key}`);
  return Object.keys(kept).length ? kept : undefined;
}

function checkText(node: Record<string, unknown>, path: string, budget: Budget): NoteTextNode {
  checkKeys(node, ['type', 'text', 'marks'], path);
  if (typeof node.text !== 'string' || node.text.length === 0) throw new NoteDocumentError(path, 'text must be a non-empty string');
  budget.textChars += node.text.length;
  if (budget.textChars > NOTE_LIMITS.textChars) throw new NoteDocumentError(path, `the note is longer than ${NOTE_LIMITS.textChars} characters`);
  const marks = checkMarks(node.marks, `${path}.marks`);
  return marks?.length ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text };
}

function checkNode(value: unknown, expected: NodeRule['content'], path: string, depth: number, budget: Budget): NoteNode {
  if (depth > NOTE_LIMITS.depth) throw new NoteDocumentError(path, 'nested too deeply');
  budget.nodes += 1;
  if (budget.nodes > NOTE_LIMITS.nodes) throw new NoteDocumentError(path, 'the note has too many parts');
  if (!isPlainObject(value)) throw new NoteDocumentError(path, 'must be an object');
  const type = value.type;
  if (type === NOTE_NODES.text) {
    if (expected !== 'inline') throw new NoteDocumentError(path, 'text cannot stand here');
    return checkText(value, path, budget);
  }
  if (typeof type !== 'string' || !Object.hasOwn(RULES, type)) throw new NoteDocumentError(path, 'not a kind of content notes allow');
  const rule = RULES[type]!;
  if (rule.group !== expected) throw new NoteDocumentError(path, `${type} cannot stand here`);
  // Inline atoms (a hard break, a homework link) carry the marks of the text around them when
  // ProseMirror parses a paste or a copied slice, e.g. a line break inside bold text.
  const inline = rule.group === 'inline';
  checkKeys(value, inline ? ['type', 'attrs', 'content', 'marks'] : ['type', 'attrs', 'content'], path);
  const attrs = checkAttrs(value, rule, path);
  const node: NoteNode = { type };
  if (attrs) node.attrs = attrs;
  const marks = inline ? checkMarks(value.marks, `${path}.marks`) : undefined;
  if (marks?.length) node.marks = marks;
  const content = value.content;
  if (rule.content === 'none') {
    if (content !== undefined && !(Array.isArray(content) && content.length === 0)) throw new NoteDocumentError(path, `${type} holds no content`);
    return node;
  }
  if (content === undefined) {
    if (rule.nonEmpty) throw new NoteDocumentError(path, `${type} needs content`);
    return node;
  }
  if (!Array.isArray(content)) throw new NoteDocumentError(`${path}.content`, 'must be a list');
  if (rule.nonEmpty && content.length === 0) throw new NoteDocumentError(path, `${type} needs content`);
  const children = content.map((child, index) => checkNode(child, rule.content, `${path}.content[${index}]`, depth + 1, budget));
  if (rule.firstChildParagraph && children[0]?.type !== NOTE_NODES.paragraph)
    throw new NoteDocumentError(`${path}.content[0]`, 'a list item starts with a paragraph');
  if (children.length) node.content = children;
  return node;
}

/**
 * Checks a value against the notes schema and answers a clean copy (only known fields), or throws
 * NoteDocumentError naming the path and the rule, never the content.
 */
export function parseNoteDocument(value: unknown): NoteDocument {
  if (!isPlainObject(value)) throw new NoteDocumentError('doc', 'must be an object');
  if (value.type !== NOTE_NODES.doc) throw new NoteDocumentError('doc', 'must be a document');
  checkKeys(value, ['type', 'content'], 'doc');
  if (!Array.isArray(value.content) || value.content.length === 0) throw new NoteDocumentError('doc', 'needs at least one block');
  const budget: Budget = { nodes: 0, textChars: 0 };
  const content = value.content.map((child, index) => checkNode(child, 'block', `doc.content[${index}]`, 1, budget));
  return { type: 'doc', content };
}

/** An empty note: one empty paragraph, as the editor makes it. */
export function emptyNoteDocument(): NoteDocument {
  return { type: 'doc', content: [{ type: NOTE_NODES.paragraph }] };
}

/** Every node in document order, depth first. */
export function* walkNote(node: NoteNode | NoteDocument): Generator<NoteNode> {
  yield node;
  for (const child of node.content ?? []) yield* walkNote(child);
}
