import { describe, expect, it } from 'vitest';
import { NOTE_NODES, parseNoteDocument, type NoteDocument, type NoteNode } from '../../../../shared/notes/note-document';
import { NOTE_TEMPLATES } from '../../../../shared/notes/note-templates';
import { prefillFromSession } from '../../../../shared/notes/session-note-prefill';
import { extractNoteText } from '../../../../shared/notes/note-text';

const material = {
  intention: 'To meet the grief, not fix it.\nTo stay with the body.',
  quotes: ['It felt like the ocean, finally, was holding me.', 'I am not my father.'],
  prompts: [{ id: 'prompt-1', text: 'What did the ocean ask of you?' }],
};

/** The blocks between a heading and the next one. */
function section(doc: NoteDocument, title: string): NoteNode[] {
  const at = doc.content.findIndex((node) => node.type === NOTE_NODES.heading && node.content?.[0]?.text === title);
  expect(at, title).toBeGreaterThanOrEqual(0);
  const next = doc.content.findIndex((node, index) => index > at && node.type === NOTE_NODES.heading);
  return doc.content.slice(at + 1, next === -1 ? undefined : next);
}

describe('a note linked to a session starts with what the session recorded', () => {
  it('puts the intention under "Intention", and the quotes and planned prompts under "Themes for integration"', () => {
    const doc = prefillFromSession(NOTE_TEMPLATES.session(), material);
    const intention = section(doc, 'Intention');
    expect(intention.map((node) => node.content?.[0]?.text)).toEqual(['To meet the grief, not fix it.', 'To stay with the body.', undefined]);
    const themes = section(doc, 'Themes for integration');
    expect(themes.map((node) => node.type)).toEqual([NOTE_NODES.blockquote, NOTE_NODES.blockquote, NOTE_NODES.promptBlock, NOTE_NODES.paragraph]);
    expect(themes[2]?.attrs).toEqual({ promptId: 'prompt-1', question: 'What did the ocean ask of you?' });
    expect(section(doc, 'Experience')).toEqual([{ type: NOTE_NODES.paragraph }]);
    expect(() => parseNoteDocument(JSON.parse(JSON.stringify(doc)))).not.toThrow();
  });

  it('gathers everything under "From the session" at the top of a template without those headings', () => {
    const doc = prefillFromSession(NOTE_TEMPLATES.integration(), material);
    expect(doc.content[0]?.content?.[0]?.text).toBe('From the session');
    const from = section(doc, 'From the session');
    expect(from.map((node) => node.type)).toEqual([
      NOTE_NODES.paragraph,
      NOTE_NODES.paragraph,
      NOTE_NODES.paragraph,
      NOTE_NODES.blockquote,
      NOTE_NODES.blockquote,
      NOTE_NODES.promptBlock,
    ]);
    expect(section(doc, 'Since the last session')).toEqual([{ type: NOTE_NODES.paragraph }]);
    expect(() => parseNoteDocument(JSON.parse(JSON.stringify(doc)))).not.toThrow();
    expect(extractNoteText(prefillFromSession(NOTE_TEMPLATES.general(), material))).toContain('I am not my father.');
  });

  it('leaves the template as it is when the session recorded nothing', () => {
    expect(prefillFromSession(NOTE_TEMPLATES.session(), { intention: '  ', quotes: [' '], prompts: [] })).toEqual(NOTE_TEMPLATES.session());
    expect(prefillFromSession(NOTE_TEMPLATES.general(), { intention: null, quotes: [], prompts: [] })).toEqual(NOTE_TEMPLATES.general());
  });
});
