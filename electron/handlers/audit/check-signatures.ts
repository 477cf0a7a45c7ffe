import type { RecordStore } from '../../../db/record-store';
import type { SignatureProblem } from '../../../shared/contract/audit';
import { hashSignedAddendum, signatureHolds } from '../notes/note-signature';

/**
 * Recomputes every signed note's and addendum's hash from what is stored now and names those that
 * no longer match their signature. A note whose stored content cannot even be read counts as not matching.
 */
export function checkSignatures(store: RecordStore): { notesChecked: number; addendaChecked: number; problems: SignatureProblem[] } {
  const problems: SignatureProblem[] = [];
  let addendaChecked = 0;
  const ids = store.notes.signedIds();
  for (const id of ids) {
    const head = store.notes.head(id)!;
    let note;
    try {
      note = store.notes.get(id);
    } catch {
      note = null;
    }
    if (!note) {
      problems.push({ noteId: id, clientId: head.clientId, addendumId: null, signedAt: 0 });
      continue;
    }
    if (!signatureHolds(note)) problems.push({ noteId: id, clientId: note.clientId, addendumId: null, signedAt: note.signedAt ?? 0 });
    for (const addendum of note.addenda) {
      addendaChecked++;
      const hash = hashSignedAddendum({
        addendumId: addendum.id,
        noteId: id,
        noteHash: note.contentHash ?? '',
        text: addendum.text,
        signedBy: addendum.signedBy,
        signedAt: addendum.createdAt,
      });
      if (hash !== addendum.contentHash) problems.push({ noteId: id, clientId: note.clientId, addendumId: addendum.id, signedAt: addendum.createdAt });
    }
  }
  return { notesChecked: ids.length, addendaChecked, problems };
}
