import { describeEntry } from '../session/describe-entry';
import type { ProtocolDefinition } from '../session/protocol';
import type { ResolvedEvent } from '../session/timeline';

/** The timeline entries a follow-up starts from: the dose and phase times, sedation scores, adverse events and the client's words. */
export const HIGHLIGHT_KINDS = ['dose', 'phase-mark', 'sedation', 'adverse-event', 'quote', 'clinically-ready'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export interface SessionHighlight {
  eventId: string;
  at: number;
  kind: HighlightKind;
  text: string;
  lateWrittenAt: number | null;
}

const isHighlight = (kind: string): kind is HighlightKind => (HIGHLIGHT_KINDS as readonly string[]).includes(kind);

/** The highlights of a resolved timeline, in time order, each as it now stands; withdrawn entries are left out. */
export function sessionHighlights(resolved: readonly ResolvedEvent[], protocol: ProtocolDefinition): SessionHighlight[] {
  return resolved.flatMap((event) => {
    const kind = event.entry.kind;
    if (event.retracted || !isHighlight(kind)) return [];
    return [{ eventId: event.id, at: event.at, kind, text: describeEntry(event.entry, protocol), lateWrittenAt: event.lateWrittenAt }];
  });
}
