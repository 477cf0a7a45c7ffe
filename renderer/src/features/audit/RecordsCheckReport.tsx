import type { RecordsCheck } from '../../../../shared/contract';
import { useNavigation } from '../../navigation/navigation';
import { ActionButton } from '../../ui/ActionButton';
import { formatDateTime } from '../../ui/time-text';

const PROBLEM_WORDS = { edited: 'changed after it was written', missing: 'missing', reordered: 'moved out of its place' } as const;

/** What "Check records" found, said plainly; a note that no longer matches its signature opens from here. */
export function RecordsCheckReport({ check }: { check: RecordsCheck }) {
  const { openNote } = useNavigation();
  const clean = check.chainProblems.length === 0 && check.signatureProblems.length === 0;
  return (
    <section className="records-check" aria-labelledby="records-check-title" data-clean={clean || undefined}>
      <h2 id="records-check-title" className="section-title">
        {clean ? 'Records check: nothing out of place' : 'Records check: problems found'}
      </h2>
      <p role="status">
        Checked {formatDateTime(check.checkedAt)}: {check.entriesChecked} audit entries, {check.notesChecked} signed notes and {check.addendaChecked} addenda.
        {clean ? ' Every entry follows the one before it, and every signed note and addendum still matches its signature.' : ''}
      </p>
      {check.chainProblems.length > 0 ? (
        <>
          <h3>Audit log</h3>
          <ul>
            {check.chainProblems.map((problem) => (
              <li key={`${problem.seq}-${problem.problem}`}>
                Entry {problem.seq}: {PROBLEM_WORDS[problem.problem]}.
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {check.signatureProblems.length > 0 ? (
        <>
          <h3>Signed notes</h3>
          <ul>
            {check.signatureProblems.map((problem) => (
              <li key={`${problem.noteId}-${problem.addendumId ?? 'note'}`}>
                {problem.addendumId ? 'An addendum' : 'A note'} signed {problem.signedAt > 0 ? formatDateTime(problem.signedAt) : '(unreadable)'} no longer
                matches its signature.{' '}
                <ActionButton variant="quiet" onPress={() => openNote(problem.noteId)}>
                  Open the note
                </ActionButton>
              </li>
            ))}
          </ul>
          <p className="hint">
            The app never changes a signed note. A mismatch means the database was changed outside it, or damaged: restore from a backup made before.
          </p>
        </>
      ) : null}
    </section>
  );
}
