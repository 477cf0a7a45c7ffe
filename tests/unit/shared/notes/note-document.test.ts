import { describe, expect, it } from 'vitest';
import { NOTE_LIMITS, NoteDocumentError, parseNoteDocument } from '../../../../shared/notes/note-document';

const text = (value: string, marks?: string[]) =>
  marks ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) } : { type: 'text', text: value };
const paragraph = (...content: unknown[]) => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
const doc = (...content: unknown[]) => ({ type: 'doc', content });

/** The error parseNoteDocument throws, failing the test when it does not throw one. */
function refusal(value: unknown): NoteDocumentError {
  try {
    parseNoteDocument(value);
  } catch (error) {
    if (error instanceof NoteDocumentError) return error;
    throw error;
  }
  throw new Error('the document was accepted');
}

const EVERYTHING = doc(
  { type: 'heading', attrs: { level: 2 }, content: [text('Intention')] },
  { type: 'heading', attrs: { level: 3 }, content: [text('Sub')] },
  paragraph(
    text('plain '),
    text('bold', ['bold']),
    text('italic', ['italic']),
    text('under', ['underline']),
    text('struck', ['strike']),
    text('all', ['bold', 'italic', 'underline', 'strike']),
  ),
  paragraph(text('line one'), { type: 'hardBreak' }, text('line two')),
  {
    type: 'bulletList',
    content: [
      { type: 'listItem', content: [paragraph(text('bullet')), { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('nested'))] }] }] },
    ],
  },
  { type: 'orderedList', attrs: { start: 3, type: null }, content: [{ type: 'listItem', content: [paragraph(text('third'))] }] },
  {
    type: 'taskList',
    content: [
      { type: 'taskItem', attrs: { checked: true }, content: [paragraph(text('done'))] },
      { type: 'taskItem', attrs: { checked: false }, content: [paragraph(text('to do'))] },
    ],
  },
  { type: 'blockquote', content: [paragraph(text('quoted'))] },
  { type: 'horizontalRule' },
  paragraph(text('See '), { type: 'homeworkLink', attrs: { id: 'hw-1' } }, text(' for the week.')),
  { type: 'promptBlock', attrs: { promptId: 'prompt_7', question: 'What surprised you?' }, content: [paragraph(text('The colours'))] },
  { type: 'promptBlock', attrs: { promptId: null, question: 'An own question' }, content: [paragraph()] },
  paragraph(),
);

describe('parseNoteDocument accepts what the editor writes', () => {
  it('accepts every allowed node, mark and attribute and answers an equal clean copy', () => {
    const parsed = parseNoteDocument(structuredClone(EVERYTHING));
    expect(parsed).toEqual(EVERYTHING);
  });

  it('drops empty attrs and content the editor may write, keeping the meaning', () => {
    const parsed = parseNoteDocument(doc({ type: 'paragraph', attrs: {}, content: [] }, { type: 'horizontalRule', content: [] }));
    expect(parsed).toEqual(doc({ type: 'paragraph' }, { type: 'horizontalRule' }));
  });

  it('accepts the marks a paste leaves on a hard break or homework link inside bold text, and only those marks', () => {
    const pasted = doc(
      paragraph(
        text('a', ['bold']),
        { type: 'hardBreak', marks: [{ type: 'bold' }] },
        { type: 'homeworkLink', attrs: { id: 'hw-1' }, marks: [{ type: 'bold' }, { type: 'italic' }] },
      ),
    );
    expect(parseNoteDocument(structuredClone(pasted))).toEqual(pasted);
    expect(refusal(doc(paragraph({ type: 'hardBreak', marks: [{ type: 'link' }] }))).path).toBe('doc.content[0].content[0].marks[0]');
    expect(refusal(doc({ type: 'paragraph', marks: [{ type: 'bold' }] })).path).toBe('doc.content[0]');
    expect(refusal(doc({ type: 'horizontalRule', marks: [{ type: 'bold' }] })).path).toBe('doc.content[0]');
  });

  it('answers a copy that shares nothing with the input', () => {
    const input = structuredClone(EVERYTHING);
    const parsed = parseNoteDocument(input);
    (input.content[0] as { attrs: { level: number } }).attrs.level = 3;
    expect((parsed.content[0]!.attrs as { level: number }).level).toBe(2);
  });
});

describe('parseNoteDocument refuses what the schema does not define', () => {
  it.each(['image', 'iframe', 'codeBlock', 'table', 'script', '__proto__', 'constructor', 'toString'])('refuses node type %s', (type) => {
    const error = refusal(doc({ type, attrs: { src: 'https://example.test/x.png' }, content: [] }));
    expect(error.path).toBe('doc.content[0]');
  });

  it('refuses an unknown node inline, and a missing type', () => {
    expect(refusal(doc(paragraph(text('a'), { type: 'image', attrs: { src: 'x' } }))).path).toBe('doc.content[0].content[1]');
    expect(refusal(doc({ content: [] })).path).toBe('doc.content[0]');
  });

  it.each(['link', 'code', 'highlight', 'textStyle', 'subscript'])('refuses mark %s', (mark) => {
    const error = refusal(doc(paragraph(text('click', [mark]))));
    expect(error.path).toBe('doc.content[0].content[0].marks[0]');
  });

  it('refuses marks with attributes, repeated marks and non-list marks', () => {
    expect(refusal(doc(paragraph({ type: 'text', text: 'x', marks: [{ type: 'bold', attrs: { href: 'javascript:alert(1)' } }] }))).path).toBe(
      'doc.content[0].content[0].marks[0]',
    );
    expect(refusal(doc(paragraph(text('x', ['bold', 'bold'])))).path).toBe('doc.content[0].content[0].marks[1]');
    expect(refusal(doc(paragraph({ type: 'text', text: 'x', marks: 'bold' }))).path).toBe('doc.content[0].content[0].marks');
  });

  it.each([
    ['href', 'javascript:alert(1)'],
    ['onerror', 'alert(1)'],
    ['style', 'background:url(https://evil.test)'],
    ['class', 'Sentinel-class-name'],
  ])('refuses attribute %s on any node', (name, value) => {
    const error = refusal(doc({ type: 'paragraph', attrs: { [name]: value }, content: [text('a')] }));
    expect(error.path).toBe('doc.content[0].attrs');
    expect(error.message).not.toContain(value);
    expect(refusal(doc(paragraph({ type: 'homeworkLink', attrs: { id: 'hw-1', [name]: value } }))).path).toBe('doc.content[0].content[0].attrs');
    expect(refusal(doc({ type: 'heading', attrs: { level: 2, [name]: value } })).path).toBe('doc.content[0].attrs');
  });

  it('refuses unexpected fields on nodes and on the document', () => {
    expect(refusal(doc({ type: 'paragraph', html: '<img src=x onerror=alert(1)>' })).path).toBe('doc.content[0]');
    expect(refusal(doc(paragraph({ type: 'text', text: 'a', attrs: { href: 'x' } }))).path).toBe('doc.content[0].content[0]');
    expect(refusal({ ...doc(paragraph()), attrs: {} }).path).toBe('doc');
  });

  it('refuses attribute values outside their rules', () => {
    for (const level of [1, 4, 6, '2', null]) expect(refusal(doc({ type: 'heading', attrs: { level } })).path).toBe('doc.content[0].attrs.level');
    expect(refusal(doc({ type: 'heading' })).path).toBe('doc.content[0]');
    expect(refusal(doc(paragraph({ type: 'homeworkLink', attrs: { id: '../../etc/passwd' } }))).path).toBe('doc.content[0].content[0].attrs.id');
    expect(refusal(doc(paragraph({ type: 'homeworkLink' }))).path).toBe('doc.content[0].content[0]');
    expect(refusal(doc({ type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: 'yes' }, content: [paragraph()] }] })).path).toBe(
      'doc.content[0].content[0].attrs.checked',
    );
    expect(refusal(doc({ type: 'orderedList', attrs: { start: -1 }, content: [{ type: 'listItem', content: [paragraph()] }] })).path).toBe(
      'doc.content[0].attrs.start',
    );
    const prompt = (attrs: Record<string, unknown>) => doc({ type: 'promptBlock', attrs, content: [paragraph()] });
    expect(refusal(prompt({ promptId: 'p1', question: '   ' })).path).toBe('doc.content[0].attrs.question');
    expect(refusal(prompt({ promptId: 'p1', question: 'q'.repeat(NOTE_LIMITS.promptQuestion + 1) })).path).toBe('doc.content[0].attrs.question');
    expect(refusal(prompt({ question: 'Where?' })).path).toBe('doc.content[0].attrs');
    expect(refusal(prompt({ promptId: 'p 1', question: 'Where?' })).path).toBe('doc.content[0].attrs.promptId');
  });

  it('refuses text outside a textblock', () => {
    expect(refusal(doc(text('loose'))).path).toBe('doc.content[0]');
    expect(refusal(doc({ type: 'blockquote', content: [text('loose')] })).path).toBe('doc.content[0].content[0]');
    expect(refusal(doc({ type: 'bulletList', content: [{ type: 'listItem', content: [text('loose')] }] })).path).toBe('doc.content[0].content[0].content[0]');
    expect(refusal(doc({ type: 'promptBlock', attrs: { promptId: null, question: 'Q' }, content: [text('loose')] })).path).toBe('doc.content[0].content[0]');
    expect(refusal(doc({ type: 'horizontalRule', content: [text('loose')] })).path).toBe('doc.content[0]');
  });

  it('refuses blocks inside text and structure in the wrong place', () => {
    expect(refusal(doc(paragraph(paragraph(text('a'))))).path).toBe('doc.content[0].content[0]');
    expect(refusal(doc({ type: 'listItem', content: [paragraph()] })).path).toBe('doc.content[0]');
    expect(refusal(doc({ type: 'bulletList', content: [paragraph()] })).path).toBe('doc.content[0].content[0]');
    expect(refusal(doc({ type: 'bulletList', content: [] })).path).toBe('doc.content[0]');
    expect(refusal(doc({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'blockquote', content: [paragraph()] }] }] })).path).toBe(
      'doc.content[0].content[0].content[0]',
    );
    expect(refusal(doc(paragraph({ type: 'text', text: '' }))).path).toBe('doc.content[0].content[0]');
  });

  it('refuses what is not a document', () => {
    for (const value of [null, 'doc', [], { type: 'paragraph', content: [paragraph()] }, { type: 'doc', content: [] }, { type: 'doc' }, new Map()]) {
      expect(refusal(value).path).toBe('doc');
    }
  });

  it('refuses nesting deeper than the limit and does not blow the stack on 100,000 levels', () => {
    const nested = (levels: number) => {
      let node: unknown = paragraph(text('bottom'));
      for (let i = 0; i < levels; i++) node = { type: 'blockquote', content: [node] };
      return doc(node);
    };
    // Depth counts every node below the document, the text included: blockquotes x (depth - 2), a paragraph, its text.
    expect(() => parseNoteDocument(nested(NOTE_LIMITS.depth - 2))).not.toThrow();
    expect(refusal(nested(NOTE_LIMITS.depth - 1)).message).toContain('nested too deeply');
    const deep = refusal(nested(100_000));
    expect(deep.message).toContain('nested too deeply');
    expect(deep.path.length).toBeLessThan(1000);
    // The same through JSON, as notes.save receives it.
    const json = `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(100_000)}${']}'.repeat(100_000)}]}`;
    expect(refusal(JSON.parse(json)).message).toContain('nested too deeply');
  });

  it('refuses a note with more text or more parts than the limits', () => {
    const chunk = 'w'.repeat(100_000);
    const long = doc(...Array.from({ length: Math.ceil(NOTE_LIMITS.textChars / chunk.length) + 1 }, () => paragraph(text(chunk))));
    const error = refusal(long);
    expect(error.message).toMatch(/longer than/);
    expect(error.message).not.toContain('wwwwwwwwww');
    const many = doc(...Array.from({ length: NOTE_LIMITS.nodes + 1 }, () => ({ type: 'horizontalRule' })));
    expect(refusal(many).message).toMatch(/too many parts/);
    const atLimit = doc(...Array.from({ length: 4 }, () => paragraph(text(chunk))));
    expect(() => parseNoteDocument(atLimit)).not.toThrow();
  });

  it('names a path in every message and never the content that was refused', () => {
    const SECRET = 'Sentinel-Marigold-4471';
    const cases: unknown[] = [
      doc({ type: 'image', attrs: { src: SECRET } }),
      doc(paragraph(text(SECRET, ['link']))),
      doc({ type: 'paragraph', attrs: { href: SECRET } }),
      doc({ type: 'heading', attrs: { level: SECRET } }),
      doc(paragraph({ type: 'homeworkLink', attrs: { id: `${SECRET}/../x` } })),
      doc(text(SECRET)),
      doc({ type: 'promptBlock', attrs: { promptId: null, question: SECRET.repeat(100) }, content: [paragraph()] }),
      doc(paragraph({ type: 'text', text: SECRET, marks: [{ type: 'bold', attrs: { color: SECRET } }] })),
      doc({ type: SECRET }),
    ];
    for (const value of cases) {
      const error = refusal(value);
      expect(error.message.startsWith(`${error.path}: `)).toBe(true);
      expect(error.path).toMatch(/^doc(\.content\[\d+\]|\.attrs|\.marks(\[\d+\])?|\.[a-zA-Z]+)*$/);
      expect(error.message).not.toContain(SECRET);
    }
  });
});
