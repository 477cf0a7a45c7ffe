import { describe, expect, it } from 'vitest';
import { doneSentence, exportSteps, stepLabel } from '../../../../../../renderer/src/features/exports/export-plan';

describe('export steps', () => {
  it('writes the JSON first, then the PDF; a practice export is one JSON', () => {
    expect(exportSteps({ kind: 'client', clientId: 'c1' }, ['pdf', 'json'])).toEqual(['json', 'pdf']);
    expect(exportSteps({ kind: 'client', clientId: 'c1' }, ['pdf'])).toEqual(['pdf']);
    expect(exportSteps({ kind: 'client', clientId: 'c1' }, [])).toEqual([]);
    expect(exportSteps({ kind: 'practice' }, [])).toEqual(['json']);
  });

  it('names each step and says what was saved', () => {
    expect(stepLabel('json', 0, 2)).toBe('Checking your passphrase, then writing the JSON file (1 of 2)…');
    expect(stepLabel('pdf', 1, 2)).toBe('Writing the PDF file (2 of 2)…');
    expect(stepLabel('pdf', 0, 1)).toBe('Checking your passphrase, then writing the PDF file…');
    expect(doneSentence(['a.json', 'a.pdf'], false)).toBe('Saved a.json and a.pdf.');
    expect(doneSentence(['a.json'], true)).toBe('Saved a.json. The rest was not saved: the save dialog was cancelled.');
    expect(doneSentence([], true)).toBe('Nothing was saved: the save dialog was cancelled.');
  });
});
