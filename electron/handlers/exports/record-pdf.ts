import { hasUnprintable, pdfDate, pdfHeading, pdfTime, pdfWhen, PDF_GREY, PdfWriter } from '../../pdf/pdf-writer';
import type { ExportedClientRecord, ExportedNote, ExportedSession, RecordExport } from '../../../shared/exports/record-export';
import { formatTPlus } from '../../../shared/exports/describe-timeline';
import { describeEntry, KIND_LABELS, lateEntryMark } from '../../../shared/session/describe-entry';
import { HOMEWORK_STATUS_LABELS, HOMEWORK_TYPE_LABELS, type HomeworkFields } from '../../../shared/homework/homework-types';
import { NOTE_KIND_LABELS, noteTitleOrKind } from '../../../shared/notes/note-kinds';
import { ROUTE_LABELS } from '../../../shared/session/routes';
import { courseBlock, followUpsField, sideEffectsField } from './course-and-aftercare-pdf';
import { evaluationBlock } from './evaluation-pdf';
import { notePrintLines } from './note-print-lines';
import { resolveTimeline, type TimelineEvent } from '../../../shared/session/timeline';
import type { Homework } from '../../../shared/contract/homework';
import type { Measure } from '../../../shared/contract/measures';
import { highestTotal, QUESTIONNAIRES } from '../../../shared/measures/questionnaires';
import { ITEM9_FLAG_TEXT, SEVERITY_BAND_LABELS } from '../../../shared/measures/scoring';

function clientSection(pdf: PdfWriter, record: ExportedClientRecord): void {
  const { client } = record;
  pdf.section('Client');
  pdf.field('Name', client.displayName);
  pdf.field('Preferred name', client.preferredName);
  pdf.field('Pronouns', client.pronouns);
  pdf.field('Date of birth', client.dateOfBirth);
  pdf.field('About', client.about);
  pdf.field('Record created', pdfWhen(client.createdAt));
  pdf.field('Archived', client.archivedAt === null ? null : pdfWhen(client.archivedAt));
  pdf.field('Record id', client.id);
}

function checklist(labels: readonly { id: string; label: string }[], state: Record<string, boolean>): string | null {
  const done = Object.keys(state);
  if (done.length === 0) return null;
  return done.map((id) => `${labels.find((item) => item.id === id)?.label ?? id}: ${state[id] ? 'yes' : 'no'}`).join('; ');
}

function timelineLine(event: TimelineEvent, dosedAt: number | null, protocol: ExportedSession['session']['protocol']): string {
  const tPlus = formatTPlus(event.at, dosedAt);
  const time = `${pdfTime.format(event.at)}${tPlus ? ` (${tPlus})` : ''}`;
  if (!event.entry) return `${time}  Withdrawn${event.retractionReason ? `: ${event.retractionReason}` : ''}`;
  return `${time}  ${KIND_LABELS[event.entry.kind]}: ${describeEntry(event.entry, protocol)}`;
}

function sessionBlock(pdf: PdfWriter, exported: ExportedSession, promptTexts: Map<string, string>, noteTitles: ReadonlyMap<string, string>): void {
  const { session, timeline } = exported;
  const { protocol } = session;
  pdf.subheading(`Session ${session.courseSessionNumber} · ${ROUTE_LABELS[session.route]} · ${session.status}`);
  pdf.field('Protocol', protocol.name);
  pdf.field(
    'Planned dose',
    `${session.plannedDoseMg} mg${session.mgPerKg !== null && session.weightKg !== null ? ` (${session.mgPerKg} mg/kg at ${session.weightKg} kg)` : ''}`,
  );
  pdf.field('Checked in', session.checkInAt === null ? null : pdfWhen(session.checkInAt));
  pdf.field('First dose (T0)', session.dosedAt === null ? null : pdfWhen(session.dosedAt));
  pdf.field('Ended', session.endedAt === null ? null : pdfWhen(session.endedAt));
  pdf.field('Intention', session.intention);
  pdf.field('Readiness', checklist(protocol.readinessChecklist, session.readiness));
  pdf.field('Discharge checklist', checklist(protocol.dischargeChecklist, session.dischargeChecklist));
  if (session.route === 'esketamine') pdf.field('REMS form submitted', session.remsSubmittedAt === null ? 'not yet' : pdfWhen(session.remsSubmittedAt));
  if (exported.promptPlan.length > 0) pdf.field('Follow-up prompts', exported.promptPlan.map((id) => promptTexts.get(id) ?? id).join(' / '));
  if (session.dosedAt !== null) sideEffectsField(pdf, exported.sideEffects);
  followUpsField(pdf, exported.followUps, noteTitles);

  pdf.doc.moveDown(0.3);
  pdf.text(timeline.length === 0 ? 'Timeline: no entries.' : 'Timeline (in time order; corrections and withdrawals shown under the entry they change):', {
    bold: true,
  });
  for (const resolved of resolveTimeline(timeline)) {
    const [original, ...changes] = resolved.versions;
    const current = { ...original!, at: resolved.at, entry: resolved.entry };
    pdf.keepRoom(14);
    pdf.text(`${resolved.retracted ? '[withdrawn] ' : ''}${timelineLine(current, session.dosedAt, protocol)}`, { indent: 10 });
    const late = lateEntryMark(resolved.lateWrittenAt, pdfWhen);
    if (late) pdf.text(late, { indent: 24, color: PDF_GREY, size: 9 });
    if (changes.length === 0) continue;
    if (changes.some((change) => change.supersedesId !== null)) {
      pdf.text(`as first recorded at ${pdfTime.format(original!.recordedAt)}: ${timelineLine(original!, session.dosedAt, protocol)}`, {
        indent: 24,
        color: PDF_GREY,
        size: 9,
      });
    }
    for (const change of changes) {
      const line = change.retractsId
        ? `withdrawn at ${pdfTime.format(change.recordedAt)}, reason: ${change.retractionReason ?? '—'}`
        : `corrected at ${pdfTime.format(change.recordedAt)} to: ${timelineLine(change, session.dosedAt, protocol)}`;
      pdf.text(line, { indent: 24, color: PDF_GREY, size: 9 });
    }
  }
}

function noteBlock(pdf: PdfWriter, note: ExportedNote, homeworkTitles: ReadonlyMap<string, string>): void {
  pdf.subheading(`${noteTitleOrKind(note)}${note.isPrivate ? ' (private psychotherapy note)' : ''}`);
  pdf.text(`${NOTE_KIND_LABELS[note.kind]} · date of service ${note.serviceDate} · written ${pdfWhen(note.createdAt)}`, {
    color: PDF_GREY,
    size: 9,
  });
  if (note.status === 'signed') {
    pdf.text(`Signed by ${note.signedBy ?? '—'} on ${pdfWhen(note.signedAt)}. SHA-256 ${note.contentHash ?? ''}`, { color: PDF_GREY, size: 9 });
  } else {
    pdf.text('Draft: not signed.', { color: PDF_GREY, size: 9 });
  }
  pdf.doc.moveDown(0.3);
  // A signed note's links print as they read when it was signed.
  const asSigned = note.signedHomework.map((link): [string, string] => [link.id, `${link.title}, ${HOMEWORK_STATUS_LABELS[link.status]} when signed`]);
  const lines = notePrintLines(note.doc, new Map([...homeworkTitles, ...asSigned]));
  if (lines.length === 0) pdf.text('(empty)');
  for (const line of lines) pdf.text(line.text, { bold: line.bold, indent: line.indent });
  pdf.doc.moveDown(0.2);
  for (const addendum of note.addenda) {
    pdf.text(`Addendum, signed by ${addendum.signedBy} on ${pdfWhen(addendum.createdAt)}:`, { bold: true, indent: 10 });
    pdf.text(addendum.text, { indent: 10, gap: 0.2 });
  }
}

function words(key: string): string {
  const spaced = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function fieldValue(value: unknown): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value) ?? '—';
}

function homeworkBlock(pdf: PdfWriter, homework: Homework): void {
  pdf.subheading(homework.title);
  pdf.field('Type', HOMEWORK_TYPE_LABELS[homework.fields.type]);
  pdf.field('Status', `${HOMEWORK_STATUS_LABELS[homework.status]} (since ${pdfWhen(homework.statusChangedAt)})`);
  pdf.field('Assigned', pdfWhen(homework.createdAt));
  pdf.field('Due', homework.dueDate);
  pdf.field('Outcome', homework.outcome);
  const fields = homework.fields as HomeworkFields & Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'type') continue;
    if (Array.isArray(value)) {
      if (value.length === 0) pdf.field(words(key), 'none yet');
      value.forEach((row: Record<string, unknown>, index) => {
        pdf.text(`${words(key).replace(/s$/, '')} ${index + 1}`, { bold: true, indent: 10 });
        for (const [rowKey, rowValue] of Object.entries(row)) pdf.field(words(rowKey), fieldValue(rowValue), 20);
      });
    } else {
      pdf.field(words(key), fieldValue(value));
    }
  }
}

/** One measure a line: its score and band as of the day taken, who entered it, item 9, and a withdrawal with its reason. */
function measureLine(pdf: PdfWriter, measure: Measure): void {
  const { name } = QUESTIONNAIRES[measure.kind];
  const enteredBy = measure.enteredBy === 'client' ? 'filled in by the client' : 'entered by the therapist';
  pdf.field(
    `${measure.takenOn} ${name}`,
    `${measure.total} of ${highestTotal(measure.kind)}, ${SEVERITY_BAND_LABELS[measure.band]}; ${enteredBy}` +
      (measure.withdrawnAt === null ? '' : `; withdrawn ${pdfWhen(measure.withdrawnAt)}: ${measure.withdrawalReason ?? ''}`),
  );
  if (measure.safetyFlag) pdf.text(`SAFETY FLAG. ${ITEM9_FLAG_TEXT}.`, { bold: true, indent: 10 });
}

/**
 * One client's record as a paginated PDF: clinic header, client, evaluations, courses, sessions
 * (timeline, side effects, follow-up contacts), notes, homework, measures.
 */
export function renderRecordPdf(exported: RecordExport): Promise<Buffer> {
  const record = exported.clients[0];
  if (!record) throw new Error('No client in the export');
  const pdf = new PdfWriter('Record export');

  pdf.title('Client record');
  pdf.text(`Exported ${pdfWhen(exported.exportedAt)} from KAP Companion.`, { color: PDF_GREY });
  pdf.text(exported.includesPrivateNotes ? 'Private psychotherapy notes are included, as chosen at export.' : 'Private psychotherapy notes are not included.', {
    color: PDF_GREY,
  });

  if (hasUnprintable(JSON.stringify(record))) {
    pdf.text('Some letters cannot be printed with this PDF\'s font and are shown as their base letter or "?". The JSON export holds them exactly.', {
      color: PDF_GREY,
    });
  }

  clientSection(pdf, record);

  pdf.section('Evaluations');
  if (record.evaluations.length === 0) pdf.text('No evaluations.');
  for (const evaluation of record.evaluations) evaluationBlock(pdf, evaluation);

  pdf.section('Courses');
  if (record.courses.length === 0) pdf.text('No courses.');
  for (const course of record.courses) courseBlock(pdf, course);

  const promptTexts = new Map(record.prompts.map((prompt) => [prompt.id, prompt.text]));
  const noteTitles = new Map(record.notes.map((note) => [note.id, noteTitleOrKind(note)]));
  pdf.section('Sessions');
  if (record.sessions.length === 0) pdf.text('No sessions.');
  for (const session of record.sessions) sessionBlock(pdf, session, promptTexts, noteTitles);

  pdf.section('Notes');
  if (record.notes.length === 0) pdf.text('No notes.');
  const homeworkTitles = new Map(record.homework.map((homework) => [homework.id, homework.title]));
  for (const note of record.notes) noteBlock(pdf, note, homeworkTitles);

  pdf.section('Homework');
  if (record.homework.length === 0) pdf.text('No homework.');
  for (const homework of record.homework) homeworkBlock(pdf, homework);

  pdf.section('Measures');
  if (record.measures.length === 0) pdf.text('No PHQ-9 or GAD-7.');
  for (const measure of record.measures) measureLine(pdf, measure);

  return pdf.finish({
    heading: pdfHeading(exported.clinic),
    made: `Record export · ${pdfDate.format(exported.exportedAt)}`,
    footer: `${record.client.displayName} · record ${record.client.id.slice(0, 8)}`,
  });
}
