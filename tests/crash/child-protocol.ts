import type { ChildRecord, ChildTranscript } from './scenario';

/**
 * What the child prints, one JSON object a line, written with writeSync(1) so a line is in the
 * pipe before the next statement runs: a line printed is a line the parent will read, whenever
 * the kill lands.
 */
export type ChildLine = { t: 'mark'; name: string } | { t: 'intent'; r: ChildRecord } | { t: 'ack'; r: ChildRecord } | { t: 'done' };

export function parseTranscript(lines: readonly string[]): ChildTranscript & { done: boolean; unparsed: string[] } {
  const transcript: ChildTranscript & { done: boolean; unparsed: string[] } = { marks: [], intents: [], acks: [], done: false, unparsed: [] };
  for (const text of lines) {
    if (text.trim() === '') continue;
    let line: ChildLine;
    try {
      line = JSON.parse(text) as ChildLine;
    } catch {
      // A kill can cut nothing short (writeSync of one line), but keep anything odd visible.
      transcript.unparsed.push(text.slice(0, 200));
      continue;
    }
    if (line.t === 'mark') transcript.marks.push(line.name);
    else if (line.t === 'intent') transcript.intents.push(line.r);
    else if (line.t === 'ack') transcript.acks.push(line.r);
    else if (line.t === 'done') transcript.done = true;
  }
  return transcript;
}
