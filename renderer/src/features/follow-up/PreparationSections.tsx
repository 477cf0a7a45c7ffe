import type { ReactNode } from 'react';
import { RECORD_LIST_FIRST_ITEMS, useFirstItems } from '../../ui/use-first-items';
import type { FollowUpNote, FollowUpPreparation } from '../../../../shared/contract';
import { HOMEWORK_STATUS_LABELS } from '../../../../shared/homework/homework-types';
import { QUESTIONNAIRES } from '../../../../shared/measures/questionnaires';
import { NOTE_KIND_LABELS } from '../../../../shared/notes/note-kinds';
import { KIND_LABELS, lateEntryMark } from '../../../../shared/session/describe-entry';
import { useNavigation } from '../../navigation/navigation';
import { Heading } from '../../ui/aria-primitives';
import { ActionButton } from '../../ui/ActionButton';
import { formatCalendarDate, formatClockTime, formatDate, formatDateTime, formatSinceDose } from '../../ui/time-text';
import { measureFlags, scoreText } from '../measures';
import { noteDisplayTitle, PrivateNoteBadge } from '../notes';

type WithSession = FollowUpPreparation & { lastSession: NonNullable<FollowUpPreparation['lastSession']> };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="record-section" aria-labelledby={`follow-up-${id}-title`}>
      <Heading level={2} id={`follow-up-${id}-title`} className="section-title">
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** The room's highlights of the last dose: phase times, sedation scores, adverse events, the client's words. */
export function HighlightsSection({ preparation }: { preparation: WithSession }) {
  const { highlights, lastSession } = preparation;
  return (
    <Section id="highlights" title="From the session">
      {highlights.length === 0 ? (
        <p className="hint">No quotes, adverse events, sedation scores or phase times were recorded.</p>
      ) : (
        <ul className="plain-list follow-up-highlights" aria-label="From the session">
          {highlights.map((highlight) => (
            <li key={highlight.eventId} className={`follow-up-highlight follow-up-highlight-${highlight.kind}`}>
              <span className="follow-up-time">
                {formatClockTime(highlight.at)} ({formatSinceDose(highlight.at, lastSession.dosedAt)})
              </span>{' '}
              <strong>{KIND_LABELS[highlight.kind]}:</strong> {highlight.text}
              {highlight.lateWrittenAt !== null ? <span className="hint"> · {lateEntryMark(highlight.lateWrittenAt, formatDateTime)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function NoteRow({ note }: { note: FollowUpNote }) {
  const { openNote } = useNavigation();
  const title = noteDisplayTitle({ title: note.title, kindLabel: NOTE_KIND_LABELS[note.kind], createdAt: note.createdAt }, formatDate);
  return (
    <li className="follow-up-row">
      <span>
        <strong>{title}</strong> · {NOTE_KIND_LABELS[note.kind]} · {formatDateTime(note.createdAt)} · {note.status === 'signed' ? 'Signed' : 'Draft'}
        {note.isPrivate ? <PrivateNoteBadge /> : null}
      </span>
      <ActionButton variant="quiet" className="no-print" aria-label={`Open ${title}`} onPress={() => openNote(note.id)}>
        Open
      </ActionButton>
    </li>
  );
}

export function NotesSinceSection({ preparation }: { preparation: WithSession }) {
  return (
    <Section id="notes" title="Notes since the dose">
      {preparation.notes.length === 0 ? (
        <p className="hint">No note about this session yet.</p>
      ) : (
        <ul className="plain-list" aria-label="Notes since the dose">
          {preparation.notes.map((note) => (
            <NoteRow key={note.id} note={note} />
          ))}
        </ul>
      )}
    </Section>
  );
}

/** Homework a note of the session links, or given or due since the dose, with what the client reported. */
export function HomeworkSinceSection({ preparation }: { preparation: WithSession }) {
  return (
    <Section id="homework" title="Homework">
      {preparation.homework.length === 0 ? (
        <p className="hint">No homework linked to the session or due since.</p>
      ) : (
        <ul className="plain-list" aria-label="Homework">
          {preparation.homework.map((item) => (
            <li key={item.id} className="follow-up-row">
              <span>
                <strong>{item.title}</strong> · {HOMEWORK_STATUS_LABELS[item.status]}
                {item.dueDate ? ` · due ${formatCalendarDate(item.dueDate)}` : ''}
                {item.outcome ? <span className="follow-up-outcome"> · Outcome: {item.outcome}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** The newest measures cover the course just given; a year of them waits behind "Show all". */
const MEASURES_FIRST_SHOWN = 8;

/** The measure trend, newest first, each flag said in words. */
export function MeasureTrendSection({ measures }: { measures: FollowUpPreparation['measures'] }) {
  const standing = measures.filter((measure) => measure.withdrawnAt === null);
  const { shown, toggle, listId } = useFirstItems(standing, MEASURES_FIRST_SHOWN, 'Measures');
  return (
    <Section id="measures" title="Measures">
      {standing.length === 0 ? (
        <p className="hint">No measures yet.</p>
      ) : (
        <ul className="plain-list" id={listId} aria-label="Measures, newest first">
          {shown.map((measure) => {
            const flags = measureFlags(measure);
            return (
              <li key={measure.id} className={flags.length ? 'flag-row' : 'follow-up-row'}>
                <span>
                  <strong>{QUESTIONNAIRES[measure.kind].name}</strong> · {formatCalendarDate(measure.takenOn)} · {scoreText(measure)}
                  {flags.map((flag) => (
                    <span key={flag} className="follow-up-flag">
                      {' '}
                      · {flag}
                    </span>
                  ))}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {toggle}
    </Section>
  );
}

/** REMS forms to submit and notes to sign, each opening where it is done; a long backlog of drafts shows its first and the rest on "Show all". */
export function StillOpenSection({ preparation }: { preparation: FollowUpPreparation }) {
  const { openSession } = useNavigation();
  const { remsPending, unsignedNotes } = preparation;
  const unsigned = useFirstItems(unsignedNotes, RECORD_LIST_FIRST_ITEMS, 'Unsigned notes');
  return (
    <Section id="open" title="Still open">
      {remsPending.length + unsignedNotes.length === 0 ? <p className="hint">No REMS form to submit and no unsigned note.</p> : null}
      {remsPending.length > 0 ? (
        <ul className="plain-list" aria-label="REMS forms to submit">
          {remsPending.map((form) => (
            <li key={form.sessionId} className="flag-row">
              <span>
                REMS form of session {form.courseSessionNumber} · due {formatCalendarDate(form.dueDate)}
              </span>
              <ActionButton
                variant="quiet"
                className="no-print"
                aria-label={`Open session ${form.courseSessionNumber}`}
                onPress={() => openSession(form.sessionId)}
              >
                Open session
              </ActionButton>
            </li>
          ))}
        </ul>
      ) : null}
      {unsignedNotes.length > 0 ? (
        <>
          <p>Unsigned notes ({unsignedNotes.length})</p>
          <ul className="plain-list" id={unsigned.listId} aria-label="Unsigned notes">
            {unsigned.shown.map((note) => (
              <NoteRow key={note.id} note={note} />
            ))}
          </ul>
          {unsigned.toggle}
        </>
      ) : null}
    </Section>
  );
}
