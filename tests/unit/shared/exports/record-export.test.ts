import { describe, expect, it } from 'vitest';
import { hasUnprintable, printable } from '../../../../electron/pdf/pdf-writer';
import { notePrintLines } from '../../../../electron/handlers/exports/note-print-lines';
import { formatTPlus } from '../../../../shared/exports/describe-timeline';
import { localCalendarDate } from '../../../../shared/calendar-date';
import { exportFileName } from '../../../../shared/exports/record-export';
import { heading, homeworkLink, noteDoc, paragraph, promptBlock } from '../../../support/note-docs';

const MIN = 60_000;

describe('record export names and formatting', () => {
  it('names files by a short id and the local date, never anything else', () => {
    const at = new Date(2026, 11, 2, 23, 30).getTime();
    expect(localCalendarDate(at)).toBe('2026-12-02');
    expect(exportFileName({ clientId: '7de082c1-22c3-450a-8283-cc634b0c2a77' }, 'pdf', at)).toBe('record-export-7de082c1-2026-12-02.pdf');
    expect(exportFileName({ clientId: 'AB_cd-EF' }, 'json', at)).toBe('record-export-abcdef-2026-12-02.json');
    expect(exportFileName('practice', 'json', at)).toBe('practice-export-2026-12-02.json');
  });

  it('gives T+ times from the first dose, as the session room does', () => {
    const dose = Date.UTC(2026, 11, 2, 9);
    expect(formatTPlus(dose, dose)).toBe('T+00:00');
    expect(formatTPlus(dose + 40 * MIN, dose)).toBe('T+40:00');
    expect(formatTPlus(dose + 95 * MIN, dose)).toBe('T+1:35:00');
    expect(formatTPlus(dose - 10 * MIN, dose)).toBe('T-10:00');
    expect(formatTPlus(dose, null)).toBeNull();
  });

  it('keeps Latin-1 for the standard PDF fonts and says plainly what it cannot print', () => {
    expect(printable('Zoë Müller-Søndergaard, café')).toBe('Zoë Müller-Søndergaard, café');
    expect(printable('“quoted” – dash … ‘single’')).toBe('"quoted" - dash ... \'single\'');
    expect(printable('Dvořák Łukasz')).toBe('Dvorák Lukasz');
    expect(printable('山田')).toBe('??');
    expect(hasUnprintable('Zoë “quoted” – ok')).toBe(false);
    expect(hasUnprintable('Dvořák')).toBe(true);
  });

  it('prints a note with its headings, prompt questions and homework titles', () => {
    const doc = noteDoc(
      heading('What came up'),
      paragraph('We agreed on ', homeworkLink('hw-1'), '.'),
      promptBlock('p-1', 'What stayed with you?', paragraph('The tide.')),
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Sleep')] }] },
      { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true }, content: [paragraph('Call sister')] }] },
    );
    expect(notePrintLines(doc, new Map([['hw-1', 'Thought record']]))).toEqual([
      { text: 'What came up', bold: true, indent: 0 },
      { text: 'We agreed on [homework: Thought record].', bold: false, indent: 0 },
      { text: 'What stayed with you?', bold: true, indent: 0 },
      { text: 'The tide.', bold: false, indent: 14 },
      { text: '• Sleep', bold: false, indent: 14 },
      { text: '[x] Call sister', bold: false, indent: 14 },
    ]);
  });
});
