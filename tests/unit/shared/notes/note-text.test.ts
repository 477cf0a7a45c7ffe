import { describe, expect, it } from 'vitest';
import { emptyNoteDocument, type NoteDocument, type NoteNode, parseNoteDocument } from '../../../../shared/notes/note-document';
import { extractNoteLinks } from '../../../../shared/notes/note-links';
import { NOTE_TEMPLATES } from '../../../../shared/notes/note-templates';
import { countWords, extractNoteText } from '../../../../shared/notes/note-text';

const text = (value: string): NoteNode => ({ type: 'text', text: value });
const paragraph = (...content: NoteNode[]): NoteNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
const homework = (id: string): NoteNode => ({ type: 'homeworkLink', attrs: { id } });
const item = (...content: NoteNode[]): NoteNode => ({ type: 'listItem', content });
const prompt = (promptId: string | null, question: string, ...content: NoteNode[]): NoteNode => ({
  type: 'promptBlock',
  attrs: { promptId, question },
  content,
});
/** Built through the validator, so every fixture is a document the boundary would accept. */
const doc = (...content: NoteNode[]): NoteDocument => parseNoteDocument({ type: 'doc', content });

describe('extractNoteText', () => {
  it('puts each paragraph and heading on its own line', () => {
    const note = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Intention')] },
      paragraph(text('To feel '), text('less'), text(' stuck.')),
      paragraph(text('Second.')),
    );
    expect(extractNoteText(note)).toBe('Intention\nTo feel less stuck.\nSecond.');
  });

  it('skips empty blocks and trims each line', () => {
    expect(extractNoteText(doc(paragraph(), paragraph(text('  spaced  ')), { type: 'horizontalRule' }, paragraph(text('   '))))).toBe('spaced');
    expect(extractNoteText(emptyNoteDocument())).toBe('');
  });

  it('keeps a hard break as a line break inside its paragraph', () => {
    expect(extractNoteText(doc(paragraph(text('line one'), { type: 'hardBreak' }, text('line two')), paragraph(text('after'))))).toBe(
      'line one\nline two\nafter',
    );
  });

  it('includes prompt questions before the answer, and text from lists, tasks and quotes', () => {
    const note = doc(
      prompt('p1', 'What surprised you?', paragraph(text('The colours.'))),
      { type: 'bulletList', content: [item(paragraph(text('first')), { type: 'bulletList', content: [item(paragraph(text('nested')))] })] },
      { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true }, content: [paragraph(text('walk daily'))] }] },
      { type: 'blockquote', content: [paragraph(text('“I could see the valley”'))] },
    );
    expect(extractNoteText(note).split('\n')).toEqual(['What surprised you?', 'The colours.', 'first', 'nested', 'walk daily', '“I could see the valley”']);
  });

  it('leaves homework links out of the text (they carry only an id)', () => {
    expect(extractNoteText(doc(paragraph(text('See '), homework('hw-secret-id'), text(' this week'))))).toBe('See  this week');
  });

  it('gives template headings as the text of a new note', () => {
    expect(extractNoteText(NOTE_TEMPLATES.session()).split('\n')).toEqual([
      'Intention',
      'Experience',
      'Observations',
      'Themes for integration',
      'Plan and homework',
    ]);
    expect(extractNoteText(NOTE_TEMPLATES.general())).toBe('');
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n ', 0],
    ['one', 1],
    ['one two  three\nfour', 4],
    ["don't stop self-care", 3],
    ['café naïve Ärger', 3],
    ['12 sessions, 3 weeks!', 4],
    ['— … ** ', 0],
    ['写 日記', 2],
  ])('%j has %i words', (value, words) => {
    expect(countWords(value)).toBe(words);
  });

  it('counts the words of the extracted text', () => {
    const note = doc(prompt('p1', 'What surprised you?', paragraph(text('The colours'))), paragraph(text('a'), { type: 'hardBreak' }, text('b')));
    expect(countWords(extractNoteText(note))).toBe(7);
  });
});

describe('extractNoteLinks', () => {
  it('finds homework links once each, in order of first mention', () => {
    const note = doc(paragraph(homework('hw-b'), text(' and '), homework('hw-a')), paragraph(homework('hw-b')), paragraph(homework('hw-c'), homework('hw-a')));
    expect(extractNoteLinks(note)).toEqual({ homeworkIds: ['hw-b', 'hw-a', 'hw-c'], promptIds: [] });
  });

  it('finds links nested in lists, task items, quotes and prompt blocks', () => {
    const note = doc(
      { type: 'bulletList', content: [item(paragraph(text('x')), { type: 'orderedList', content: [item(paragraph(homework('hw-list')))] })] },
      { type: 'blockquote', content: [{ type: 'blockquote', content: [paragraph(homework('hw-quote'))] }] },
      { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: false }, content: [paragraph(homework('hw-task'))] }] },
      prompt('prompt-1', 'Q?', paragraph(homework('hw-prompt')), { type: 'blockquote', content: [paragraph(homework('hw-list'))] }),
      prompt('prompt-2', 'Q2?', paragraph()),
      prompt(null, 'Own question', paragraph()),
      prompt('prompt-1', 'Q again?', paragraph()),
    );
    expect(extractNoteLinks(note)).toEqual({ homeworkIds: ['hw-list', 'hw-quote', 'hw-task', 'hw-prompt'], promptIds: ['prompt-1', 'prompt-2'] });
  });

  it('finds nothing in a note without links', () => {
    expect(extractNoteLinks(NOTE_TEMPLATES.session())).toEqual({ homeworkIds: [], promptIds: [] });
  });
});
