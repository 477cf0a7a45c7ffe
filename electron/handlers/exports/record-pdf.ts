import PDFDocument from 'pdfkit';
import type { ExportedClientRecord, ExportedNote, ExportedSession, RecordExport } from '../../../shared/exports/record-export';
import { formatTPlus } from '../../../shared/exports/describe-timeline';
import { describeEntry, KIND_LABELS, lateEntryMark } from '../../../shared/session/describe-entry';
import { HOMEWORK_STATUS_LABELS, HOMEWORK_TYPE_LABELS, type HomeworkFields } from '../../../shared/homework/homework-types';
import { NOTE_KIND_LABELS } from '../../../shared/notes/note-kinds';
import { ROUTE_LABELS } from '../../../shared/session/routes';
import { notePrintLines } from './note-print-lines';
import { resolveTimeline, type TimelineEvent } from '../../../shared/session/timeline';
import type { Homework } from '../../../shared/contract/homework';

const MARGIN = { top: 72, bottom: 64, left: 56, right: 56 };
const BODY = 10;
const GREY = '#555555';

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const timeOnly = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const when = (time: number | null) => (time === null ? '—' : dateTime.format(time));

/**
 * The standard PDF fonts cover Latin-1 (WinAnsi) only; a character outside it would print as
 * garbage, so it is spelled out as its nearest plain form or a visible "?" instead.
 */
const PLAIN_FORMS: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Œ: 'OE', œ: 'oe' };

/** True when some character of the text will not print as itself (smart quotes and dashes aside). */
export function hasUnprintable(text: string): boolean {
  return /[^\n\t\u0020-\u007E\u00A0-\u00FF\u2018\u2019\u201C\u201D\u2013\u2014\u2212\u2026]/u.test(text);
}

export function printable(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .normalize('NFC')
    .replace(/[^\n\t\u0020-\u007E\u00A0-\u00FF]/gu, (char) =>
      (PLAIN_FORMS[char] ?? char)
        .normalize('NFD')
        .replace(/[\u0300-\u036F]/g, '')
        .replace(/[^\u0020-\u007E\u00A0-\u00FF]/g, '?'),
    );
}

type Doc = InstanceType<typeof PDFDocument>;

class RecordPdf {
  readonly doc: Doc;

  constructor(
    private readonly exported: RecordExport,
    private readonly footer: string,
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      // No client name in the metadata: viewers show the title in tabs and recent-file lists.
      info: { Title: 'Record export', Creator: 'KAP Companion', Producer: 'KAP Companion' },
    });
  }

  private get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  text(value: string, options: { size?: number; bold?: boolean; color?: string; indent?: number; gap?: number } = {}): void {
    this.doc
      .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(options.size ?? BODY)
      .fillColor(options.color ?? 'black')
      .text(printable(value), MARGIN.left + (options.indent ?? 0), undefined, { width: this.width - (options.indent ?? 0) });
    if (options.gap) this.doc.moveDown(options.gap);
  }

  field(label: string, value: string | null | undefined, indent = 0): void {
    if (value === null || value === undefined || value === '') return;
    this.doc
      .font('Helvetica-Bold')
      .fontSize(BODY)
      .fillColor('black')
      .text(printable(`${label}: `), MARGIN.left + indent, undefined, { width: this.width - indent, continued: true })
      .font('Helvetica')
      .text(printable(value));
  }

  /** Starts a new page when fewer than `room` points are left, so a heading is not left alone at the foot. */
  keepRoom(room: number): void {
    if (this.doc.y + room > this.doc.page.height - MARGIN.bottom) this.doc.addPage();
  }

  section(title: string): void {
    this.doc.moveDown(0.8);
    this.keepRoom(80);
    this.text(title, { size: 16, bold: true, gap: 0.3 });
    const y = this.doc.y;
    this.doc
      .moveTo(MARGIN.left, y)
      .lineTo(MARGIN.left + this.width, y)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    this.doc.moveDown(0.5);
  }

  subheading(title: string): void {
    this.doc.moveDown(0.6);
    this.keepRoom(60);
    this.text(title, { size: 12, bold: true, gap: 0.2 });
  }

  /** Clinic header and "Page k of n" on every page, once the page count is known. */
  finish(): void {
    const { clinicName, clinicianName } = this.exported.clinic;
    const heading = [clinicName, clinicianName].filter(Boolean).join(' · ') || 'KAP Companion';
    const exported = `Record export · ${dateOnly.format(this.exported.exportedAt)}`;
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      this.doc.switchToPage(index);
      const page = this.doc.page;
      // Writing in the margins must not start a new page.
      page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      this.doc.font('Helvetica').fontSize(9).fillColor(GREY);
      this.doc.text(printable(heading), MARGIN.left, 32, { width: this.width / 2, lineBreak: false });
      this.doc.text(printable(exported), MARGIN.left + this.width / 2, 32, { width: this.width / 2, align: 'right', lineBreak: false });
      // Each page names whose record it is, so a page that comes loose still belongs somewhere.
      this.doc.text(printable(this.footer), MARGIN.left, page.height - 40, { width: this.width / 2 - 12, lineBreak: false, ellipsis: true });
      this.doc.text(`Page ${index - range.start + 1} of ${range.count}`, MARGIN.left + this.width / 2, page.height - 40, {
        width: this.width / 2,
        align: 'right',
        lineBreak: false,
      });
    }
  }
}

function clientSection(pdf: RecordPdf, record: ExportedClientRecord): void {
  const { client } = record;
  pdf.section('Client');
  pdf.field('Name', client.displayName);
  pdf.field('Preferred name', client.preferredName);
  pdf.field('Pronouns', client.pronouns);
  pdf.field('Date of birth', client.dateOfBirth);
  pdf.field('About', client.about);
  pdf.field('Record created', when(client.createdAt));
  pdf.field('Archived', client.archivedAt === null ? null : when(client.archivedAt));
  pdf.field('Record id', client.id);
}

function checklist(labels: readonly { id: string; label: string }[], state: Record<string, boolean>): string | null {
  const done = Object.keys(state);
  if (done.length === 0) return null;
  return done.map((id) => `${labels.find((item) => item.id === id)?.label ?? id}: ${state[id] ? 'yes' : 'no'}`).join('; ');
}

function timelineLine(event: TimelineEvent, dosedAt: number | null, protocol: ExportedSession['session']['protocol']): string {
  const tPlus = formatTPlus(event.at, dosedAt);
  const time = `${timeOnly.format(event.at)}${tPlus ? ` (${tPlus})` : ''}`;
  if (!event.entry) return `${time}  Withdrawn${event.retractionReason ? `: ${event.retractionReason}` : ''}`;
  return `${time}  ${KIND_LABELS[event.entry.kind]}: ${describeEntry(event.entry, protocol)}`;
}

function sessionBlock(pdf: RecordPdf, exported: ExportedSession, promptTexts: Map<string, string>): void {
  const { session, timeline } = exported;
  const { protocol } = session;
  pdf.subheading(`Session ${session.courseSessionNumber} · ${ROUTE_LABELS[session.route]} · ${session.status}`);
  pdf.field('Protocol', protocol.name);
  pdf.field(
    'Planned dose',
    `${session.plannedDoseMg} mg${session.mgPerKg !== null && session.weightKg !== null ? ` (${session.mgPerKg} mg/kg at ${session.weightKg} kg)` : ''}`,
  );
  pdf.field('Checked in', session.checkInAt === null ? null : when(session.checkInAt));
  pdf.field('First dose (T0)', session.dosedAt === null ? null : when(session.dosedAt));
  pdf.field('Ended', session.endedAt === null ? null : when(session.endedAt));
  pdf.field('Intention', session.intention);
  pdf.field('Readiness', checklist(protocol.readinessChecklist, session.readiness));
  pdf.field('Discharge checklist', checklist(protocol.dischargeChecklist, session.dischargeChecklist));
  if (session.route === 'esketamine') pdf.field('REMS form submitted', session.remsSubmittedAt === null ? 'not yet' : when(session.remsSubmittedAt));
  if (exported.promptPlan.length > 0) pdf.field('Follow-up prompts', exported.promptPlan.map((id) => promptTexts.get(id) ?? id).join(' / '));

  pdf.doc.moveDown(0.3);
  pdf.text(timeline.length === 0 ? 'Timeline: no entries.' : 'Timeline (in time order; corrections and withdrawals shown under the entry they change):', {
    bold: true,
  });
  for (const resolved of resolveTimeline(timeline)) {
    const [original, ...changes] = resolved.versions;
    const current = { ...original!, at: resolved.at, entry: resolved.entry };
    pdf.keepRoom(14);
    pdf.text(`${resolved.retracted ? '[withdrawn] ' : ''}${timelineLine(current, session.dosedAt, protocol)}`, { indent: 10 });
    const late = lateEntryMark(resolved.lateWrittenAt, when);
    if (late) pdf.text(late, { indent: 24, color: GREY, size: 9 });
    if (changes.length === 0) continue;
    if (changes.some((change) => change.supersedesId !== null)) {
      pdf.text(`as first recorded at ${timeOnly.format(original!.recordedAt)}: ${timelineLine(original!, session.dosedAt, protocol)}`, {
        indent: 24,
        color: GREY,
        size: 9,
      });
    }
    for (const change of changes) {
      const line = change.retractsId
        ? `withdrawn at ${timeOnly.format(change.recordedAt)}, reason: ${change.retractionReason ?? '—'}`
        : `corrected at ${timeOnly.format(change.recordedAt)} to: ${timelineLine(change, session.dosedAt, protocol)}`;
      pdf.text(line, { indent: 24, color: GREY, size: 9 });
    }
  }
}

function noteBlock(pdf: RecordPdf, note: ExportedNote, homeworkTitles: ReadonlyMap<string, string>): void {
  pdf.subheading(`${note.title || NOTE_KIND_LABELS[note.kind]}${note.isPrivate ? ' (private psychotherapy note)' : ''}`);
  pdf.text(`${NOTE_KIND_LABELS[note.kind]} · written ${when(note.createdAt)}`, { color: GREY, size: 9 });
  if (note.status === 'signed') {
    pdf.text(`Signed by ${note.signedBy ?? '—'} on ${when(note.signedAt)}. SHA-256 ${note.contentHash ?? ''}`, { color: GREY, size: 9 });
  } else {
    pdf.text('Draft: not signed.', { color: GREY, size: 9 });
  }
  pdf.doc.moveDown(0.3);
  // A signed note's links print as they read when it was signed.
  const asSigned = note.signedHomework.map((link): [string, string] => [link.id, `${link.title}, ${HOMEWORK_STATUS_LABELS[link.status]} when signed`]);
  const lines = notePrintLines(note.doc, new Map([...homeworkTitles, ...asSigned]));
  if (lines.length === 0) pdf.text('(empty)');
  for (const line of lines) pdf.text(line.text, { bold: line.bold, indent: line.indent });
  pdf.doc.moveDown(0.2);
  for (const addendum of note.addenda) {
    pdf.text(`Addendum, signed by ${addendum.signedBy} on ${when(addendum.createdAt)}:`, { bold: true, indent: 10 });
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

function homeworkBlock(pdf: RecordPdf, homework: Homework): void {
  pdf.subheading(homework.title);
  pdf.field('Type', HOMEWORK_TYPE_LABELS[homework.fields.type]);
  pdf.field('Status', `${HOMEWORK_STATUS_LABELS[homework.status]} (since ${when(homework.statusChangedAt)})`);
  pdf.field('Assigned', when(homework.createdAt));
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

/** One client's record as a paginated PDF: clinic header, client, sessions with timelines, notes, homework. */
export function renderRecordPdf(exported: RecordExport): Promise<Buffer> {
  const record = exported.clients[0];
  if (!record) throw new Error('No client in the export');
  const pdf = new RecordPdf(exported, `${record.client.displayName} · record ${record.client.id.slice(0, 8)}`);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.doc.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.doc.on('error', reject);
  });

  pdf.text('Client record', { size: 20, bold: true, gap: 0.2 });
  pdf.text(`Exported ${when(exported.exportedAt)} from KAP Companion.`, { color: GREY });
  pdf.text(exported.includesPrivateNotes ? 'Private psychotherapy notes are included, as chosen at export.' : 'Private psychotherapy notes are not included.', {
    color: GREY,
  });

  if (hasUnprintable(JSON.stringify(record))) {
    pdf.text('Some letters cannot be printed with this PDF\'s font and are shown as their base letter or "?". The JSON export holds them exactly.', {
      color: GREY,
    });
  }

  clientSection(pdf, record);

  const promptTexts = new Map(record.prompts.map((prompt) => [prompt.id, prompt.text]));
  pdf.section('Sessions');
  if (record.sessions.length === 0) pdf.text('No sessions.');
  for (const session of record.sessions) sessionBlock(pdf, session, promptTexts);

  pdf.section('Notes');
  if (record.notes.length === 0) pdf.text('No notes.');
  const homeworkTitles = new Map(record.homework.map((homework) => [homework.id, homework.title]));
  for (const note of record.notes) noteBlock(pdf, note, homeworkTitles);

  pdf.section('Homework');
  if (record.homework.length === 0) pdf.text('No homework.');
  for (const homework of record.homework) homeworkBlock(pdf, homework);

  pdf.finish();
  pdf.doc.end();
  return done;
}
