import type { Page } from '@playwright/test';
import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { withChromium } from './chromium';
import { type LongNote, seedClientNotes } from './notes-browser-seed';
import { backToClient, noteButton, openClient, openNotesApp } from './notes-page';
import { timeNoteOpen } from './note-open-timing';
import { withPreview } from './preview';
import { withSeededVault } from './seeded-vault';

const OTHER_NOTES = 30;
const NOTE_A: LongNote = { title: 'Integration after session three', words: 1500 };
const NOTE_B: LongNote = { title: 'Integration after session four', words: 1500 };
const LONG_NOTE: LongNote = { title: 'Evaluation summary, long form', words: 5000 };
const RUNS = 20;
const LONG_RUNS = 6;
/** Rounds over all three notes before anything is timed. */
const WARM_UP_ROUNDS = 2;

/**
 * Opening a note from the client's notes list: from the pointerup on its button to the painted
 * frame with the note's text in the editor. The app reads the note afresh on every opening
 * (notes.get), from the moment its row is hovered, focused or pressed (decision 0059), so each run
 * pays for whatever of the read is left after the press, the editor's mount and the first paint.
 */
export const noteOpenMeasurement: Measurement = {
  name: 'note-open',
  run: () =>
    withSeededVault(1, ({ vaultDir, passphrase }) =>
      withPreview(vaultDir, async (server) => {
        const seeded = await seedClientNotes(server.core, passphrase, OTHER_NOTES, [LONG_NOTE, NOTE_A, NOTE_B]);
        return withChromium(async (browser): Promise<MetricResult[]> => {
          const { page, context, details } = await openNotesApp(browser, server);
          try {
            await openClient(page, seeded.clientName);
            // Warm-up: each of the three notes opened twice, so neither timed series pays for the page's first openings.
            await timeOpens(page, seeded.clientName, seeded.openingWords, [NOTE_A, NOTE_B, LONG_NOTE], WARM_UP_ROUNDS * 3);
            const alternating = await timeOpens(page, seeded.clientName, seeded.openingWords, [NOTE_A, NOTE_B], RUNS);
            const long = await timeOpens(page, seeded.clientName, seeded.openingWords, [LONG_NOTE], LONG_RUNS);
            const how =
              'from the pointerup on "Open <title>, <when>" in the "Notes" list to the end of the frame (requestAnimationFrame, then a message) in which the "Note text" editor shows the note\'s opening words; "← <client>" between runs';
            return [
              timingResult(
                `note open (${NOTE_A.words.toLocaleString('en-US')} words): press → content painted`,
                'ms',
                alternating.toPainted,
                { judged: ['p95'], max: 100 },
                {
                  ...details,
                  runs: RUNS,
                  warmUpOpeningsDiscarded: WARM_UP_ROUNDS * 3,
                  alternatingBetween: [NOTE_A.title, NOTE_B.title],
                  notesOfTheClient: OTHER_NOTES + 3,
                  how,
                },
              ),
              timingResult('  press → content in DOM', 'ms', alternating.toContent, null),
              timingResult('  press → last call to main answered', 'ms', alternating.toLastRpc, null, {
                callsToMainPerOpening: [...new Set(alternating.rpcs)],
                counted:
                  'calls started from just before the click (the hover included) and answered before the content showed; negative: answered before the press ended',
              }),
              timingResult(`note open (${LONG_NOTE.words.toLocaleString('en-US')} words): press → content painted`, 'ms', long.toPainted, null, {
                ...details,
                runs: LONG_RUNS,
                how,
              }),
              timingResult('  press → content in DOM', 'ms', long.toContent, null),
            ];
          } finally {
            await context.close();
          }
        });
      }),
    ),
};

interface Opens {
  toPainted: number[];
  toContent: number[];
  /** Press to the last call to main answered before the content showed (the read of the note, and whatever else the page asked). */
  toLastRpc: number[];
  rpcs: number[];
}

async function timeOpens(page: Page, clientName: string, openingWords: Map<string, string>, notes: readonly LongNote[], runs: number): Promise<Opens> {
  const toPainted: number[] = [];
  const toContent: number[] = [];
  const toLastRpc: number[] = [];
  const rpcs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const note = notes[run % notes.length]!;
    const button = noteButton(page, note.title);
    await button.waitFor();
    const opened = await timeNoteOpen(page, openingWords.get(note.title)!, () => button.click());
    toPainted.push(opened.paintedAt - opened.pressedAt);
    toContent.push(opened.contentAt - opened.pressedAt);
    if (opened.lastRpcAnsweredAt !== null) toLastRpc.push(opened.lastRpcAnsweredAt - opened.pressedAt);
    rpcs.push(opened.rpcs);
    await backToClient(page, clientName);
  }
  return { toPainted, toContent, toLastRpc, rpcs };
}
