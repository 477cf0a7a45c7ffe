import PDFDocument from 'pdfkit';

export const PDF_MARGIN = { top: 72, bottom: 64, left: 56, right: 56 };
export const PDF_BODY_SIZE = 10;
export const PDF_GREY = '#555555';

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
export const pdfDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
export const pdfTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
export const pdfWhen = (time: number | null) => (time === null ? '—' : dateTime.format(time));

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

export type PdfDoc = InstanceType<typeof PDFDocument>;

/** A table column: its heading and its share of the body's width (the shares add up to 1). */
export interface PdfColumn {
  header: string;
  width: number;
}

/** What each page of a document carries in its margins. */
export interface PdfFrame {
  /** Top left: the clinic and clinician, or the app's name. */
  heading: string;
  /** Top right: what the document is and when it was made. */
  made: string;
  /** Bottom left: whose document it is, so a page that comes loose still belongs somewhere. */
  footer: string;
}

/**
 * An A4 document in the app's house style: headings, labelled fields, a running header and
 * footer with "Page k of n". Every text passes through `printable`. The title is generic on
 * purpose: viewers show it in tabs and recent-file lists, so it never names a client.
 */
export class PdfWriter {
  readonly doc: PdfDoc;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(title: string) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: PDF_MARGIN,
      bufferPages: true,
      info: { Title: title, Creator: 'KAP Companion', Producer: 'KAP Companion' },
    });
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  get width(): number {
    return this.doc.page.width - PDF_MARGIN.left - PDF_MARGIN.right;
  }

  text(value: string, options: { size?: number; bold?: boolean; color?: string; indent?: number; gap?: number } = {}): void {
    this.doc
      .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(options.size ?? PDF_BODY_SIZE)
      .fillColor(options.color ?? 'black')
      .text(printable(value), PDF_MARGIN.left + (options.indent ?? 0), undefined, { width: this.width - (options.indent ?? 0) });
    if (options.gap) this.doc.moveDown(options.gap);
  }

  /** "Label: value", left out when there is no value. */
  field(label: string, value: string | null | undefined, indent = 0): void {
    if (value === null || value === undefined || value === '') return;
    this.doc
      .font('Helvetica-Bold')
      .fontSize(PDF_BODY_SIZE)
      .fillColor('black')
      .text(printable(`${label}: `), PDF_MARGIN.left + indent, undefined, { width: this.width - indent, continued: true })
      .font('Helvetica')
      .text(printable(value));
  }

  /** Starts a new page when fewer than `room` points are left, so a heading is not left alone at the foot. */
  keepRoom(room: number): void {
    if (this.doc.y + room > this.doc.page.height - PDF_MARGIN.bottom) this.doc.addPage();
  }

  title(value: string): void {
    this.text(value, { size: 20, bold: true, gap: 0.2 });
  }

  section(title: string): void {
    this.doc.moveDown(0.8);
    this.keepRoom(80);
    this.text(title, { size: 16, bold: true, gap: 0.3 });
    const y = this.doc.y;
    this.doc
      .moveTo(PDF_MARGIN.left, y)
      .lineTo(PDF_MARGIN.left + this.width, y)
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

  /**
   * A small table: a bold header row, then one row per entry, each cell wrapped to its column and
   * each row as tall as its tallest cell. A row never splits across pages; the header repeats on the
   * next page. Column widths are fractions of the body's width.
   */
  table(columns: readonly PdfColumn[], rows: readonly (readonly string[])[], size = 9): void {
    const gutter = 6;
    const widths = columns.map((column) => column.width * this.width);
    const rowHeight = (cells: readonly string[], bold: boolean) =>
      Math.max(
        ...cells.map((cell, index) =>
          this.doc
            .font(bold ? 'Helvetica-Bold' : 'Helvetica')
            .fontSize(size)
            .heightOfString(printable(cell), { width: widths[index]! - gutter }),
        ),
      );
    const drawRow = (cells: readonly string[], bold: boolean) => {
      const top = this.doc.y;
      const height = rowHeight(cells, bold);
      let x = PDF_MARGIN.left;
      cells.forEach((cell, index) => {
        this.doc
          .font(bold ? 'Helvetica-Bold' : 'Helvetica')
          .fontSize(size)
          .fillColor('black')
          .text(printable(cell), x, top, { width: widths[index]! - gutter });
        x += widths[index]!;
      });
      const bottom = top + height + 2;
      this.doc
        .moveTo(PDF_MARGIN.left, bottom)
        .lineTo(PDF_MARGIN.left + this.width, bottom)
        .lineWidth(bold ? 0.8 : 0.3)
        .strokeColor('#999999')
        .stroke();
      this.doc.x = PDF_MARGIN.left;
      this.doc.y = bottom + 3;
    };
    const headers = columns.map((column) => column.header);
    this.keepRoom(rowHeight(headers, true) + (rows[0] ? rowHeight(rows[0], false) : 0) + 10);
    drawRow(headers, true);
    for (const row of rows) {
      if (this.doc.y + rowHeight(row, false) + 5 > this.doc.page.height - PDF_MARGIN.bottom) {
        this.doc.addPage();
        drawRow(headers, true);
      }
      drawRow(row, false);
    }
  }

  /** Writes the frame on every page, once the page count is known, and answers the file's bytes. */
  finish(frame: PdfFrame): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      this.doc.switchToPage(index);
      const page = this.doc.page;
      // Writing in the margins must not start a new page.
      page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      this.doc.font('Helvetica').fontSize(9).fillColor(PDF_GREY);
      this.doc.text(printable(frame.heading), PDF_MARGIN.left, 32, { width: this.width / 2, lineBreak: false });
      this.doc.text(printable(frame.made), PDF_MARGIN.left + this.width / 2, 32, { width: this.width / 2, align: 'right', lineBreak: false });
      this.doc.text(printable(frame.footer), PDF_MARGIN.left, page.height - 40, { width: this.width / 2 - 12, lineBreak: false, ellipsis: true });
      this.doc.text(`Page ${index - range.start + 1} of ${range.count}`, PDF_MARGIN.left + this.width / 2, page.height - 40, {
        width: this.width / 2,
        align: 'right',
        lineBreak: false,
      });
    }
    this.doc.end();
    return this.done;
  }
}

/** The running header's left side: the clinic and clinician when set. */
export function pdfHeading(clinic: { clinicName: string | null; clinicianName: string | null }): string {
  return [clinic.clinicName, clinic.clinicianName].filter(Boolean).join(' · ') || 'KAP Companion';
}
