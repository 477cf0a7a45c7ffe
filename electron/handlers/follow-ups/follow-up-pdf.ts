import { localMidnight } from '../../../shared/calendar-date';
import type { FollowUpNote, FollowUpPreparation } from '../../../shared/contract/follow-ups';
import type { Measure } from '../../../shared/contract/measures';
import { formatTPlus } from '../../../shared/exports/describe-timeline';
import { HOMEWORK_STATUS_LABELS } from '../../../shared/homework/homework-types';
import { highestTotal, QUESTIONNAIRES } from '../../../shared/measures/questionnaires';
import { ITEM9_FLAG_TEXT, SEVERITY_BAND_LABELS } from '../../../shared/measures/scoring';
import { NOTE_KIND_LABELS, noteTitleOrKind } from '../../../shared/notes/note-kinds';
import { KIND_LABELS, lateEntryMark } from '../../../shared/session/describe-entry';
import { ROUTE_LABELS } from '../../../shared/session/routes';
import { hasUnprintable, pdfDate, pdfHeading, pdfTime, pdfWhen, PDF_GREY, PdfWriter } from '../../pdf/pdf-writer';

const calendarDay = (date: string) => pdfDate.format(localMidnight(date));

/** A note by title, kind and state only; a private one says so. Never its text. */
function noteLine(note: FollowUpNote): string {
  return `${noteTitleOrKind(note)} · ${NOTE_KIND_LABELS[note.kind]} · ${note.status === 'signed' ? 'signed' : 'draft'}${note.isPrivate ? ' · private psychotherapy note (title only)' : ''} · ${pdfWhen(note.createdAt)}`;
}

function measureLine(measure: Measure): string {
  const score = `${QUESTIONNAIRES[measure.kind].name} on ${calendarDay(measure.takenOn)}: ${measure.total} of ${highestTotal(measure.kind)}, ${SEVERITY_BAND_LABELS[measure.band]}`;
  const flags = [
    ...(measure.safetyFlag ? [ITEM9_FLAG_TEXT] : []),
    ...(measure.outcome?.worsening.includes('total-rose') ? ['worse by 5 points or more'] : []),
    ...(measure.outcome?.worsening.includes('item9-rose') ? ['item 9 higher than before'] : []),
  ];
  return `${score}${flags.length ? ` · FLAG: ${flags.join('; ')}` : ''}`;
}

function sessionPart(pdf: PdfWriter, prep: FollowUpPreparation & { lastSession: NonNullable<FollowUpPreparation['lastSession']> }): void {
  const session = prep.lastSession;
  pdf.section(`Last dosing session: session ${session.courseSessionNumber}`);
  pdf.field('Route', ROUTE_LABELS[session.route]);
  pdf.field('Dosed', pdfWhen(session.dosedAt));
  pdf.field('Ended', session.endedAt === null ? 'not yet discharged' : pdfWhen(session.endedAt));
  pdf.field('Intention', session.intention);

  pdf.section('Follow-up contacts');
  if (prep.contacts.length === 0) pdf.text('None planned.');
  for (const contact of prep.contacts) {
    const state =
      contact.status === 'done' ? `done ${pdfWhen(contact.doneAt)}` : contact.status === 'skipped' ? `skipped: ${contact.skipReason ?? ''}` : 'planned';
    pdf.text(`${contact.label} · ${calendarDay(contact.dueDate)} · ${state}`);
  }

  pdf.section('From the session');
  if (prep.highlights.length === 0) pdf.text('No quotes, adverse events, sedation scores or phase times recorded.');
  for (const highlight of prep.highlights) {
    pdf.keepRoom(14);
    pdf.text(`${pdfTime.format(highlight.at)} (${formatTPlus(highlight.at, session.dosedAt)})  ${KIND_LABELS[highlight.kind]}: ${highlight.text}`);
    const late = lateEntryMark(highlight.lateWrittenAt, pdfWhen);
    if (late) pdf.text(late, { indent: 14, color: PDF_GREY, size: 9 });
  }

  pdf.section('Notes since the dose');
  if (prep.notes.length === 0) pdf.text('No notes.');
  for (const note of prep.notes) pdf.text(noteLine(note));

  pdf.section('Homework');
  if (prep.homework.length === 0) pdf.text('No homework linked to the session or due since.');
  for (const item of prep.homework) {
    pdf.text(`${item.title} · ${HOMEWORK_STATUS_LABELS[item.status]}${item.dueDate ? ` · due ${calendarDay(item.dueDate)}` : ''}`);
    if (item.outcome) pdf.text(`Outcome: ${item.outcome}`, { indent: 14 });
  }

  pdf.section('Prompts for the follow-up');
  if (prep.prompts.length === 0) pdf.text('None planned.');
  prep.prompts.forEach((prompt, index) => pdf.text(`${index + 1}. ${prompt.text}`));
}

/**
 * The follow-up preparation on paper: the last dose's record, contacts, notes by title (a private
 * note's title only), homework, prompts, the measure trend with its flags, and what is still open.
 */
export function renderFollowUpPdf(
  prep: FollowUpPreparation,
  clinic: { clinicName: string | null; clinicianName: string | null },
  madeAt: number,
): Promise<Buffer> {
  const pdf = new PdfWriter('Follow-up preparation');
  pdf.title('Follow-up preparation');
  pdf.text(`${prep.client.displayName} · prepared ${pdfWhen(madeAt)}`, { color: PDF_GREY });
  pdf.text('Note texts are not included; private psychotherapy notes appear by title only.', { color: PDF_GREY });
  if (hasUnprintable(JSON.stringify(prep)))
    pdf.text('Some letters cannot be printed with this font and are shown as their base letter or "?".', { color: PDF_GREY });
  if (prep.lastSession) sessionPart(pdf, { ...prep, lastSession: prep.lastSession });
  else pdf.text('No dose has been given yet.');

  pdf.section('Measures');
  const standing = prep.measures.filter((measure) => measure.withdrawnAt === null);
  if (standing.length === 0) pdf.text('No measures yet.');
  for (const measure of standing) pdf.text(measureLine(measure));

  pdf.section('Still open');
  pdf.field(
    'REMS forms to submit',
    prep.remsPending.length === 0 ? 'none' : prep.remsPending.map((form) => `session ${form.courseSessionNumber}, due ${calendarDay(form.dueDate)}`).join('; '),
  );
  pdf.field('Unsigned notes', prep.unsignedNotes.length === 0 ? 'none' : String(prep.unsignedNotes.length));
  for (const note of prep.unsignedNotes) pdf.text(noteLine(note), { indent: 14 });

  return pdf.finish({
    heading: pdfHeading(clinic),
    made: `Follow-up preparation · ${pdfDate.format(madeAt)}`,
    footer: `${prep.client.displayName} · record ${prep.client.id.slice(0, 8)}`,
  });
}
