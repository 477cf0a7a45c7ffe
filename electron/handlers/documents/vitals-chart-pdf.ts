import { PDF_GREY, PDF_MARGIN, type PdfWriter } from '../../pdf/pdf-writer';
import { VITAL_RANGES, type VitalField } from '../../../shared/session/timeline';
import { CHART_FIELDS, type VitalsSeries } from '../../../shared/session/vitals-series';

type Marker = 'circle' | 'square' | 'triangle' | 'diamond';

/** Each series differs by dash and marker as well as colour, so a greyscale print still tells them apart. */
interface Dash {
  length: number;
  space: number;
}

const SERIES_STYLE: Record<VitalField, { colour: string; dash: Dash | null; marker: Marker }> = {
  systolic: { colour: '#1f4e9c', dash: null, marker: 'circle' },
  diastolic: { colour: '#1f4e9c', dash: { length: 6, space: 3 }, marker: 'square' },
  heartRate: { colour: '#9c3b1f', dash: { length: 1.5, space: 2 }, marker: 'triangle' },
  spo2: { colour: '#2d6b3c', dash: { length: 11, space: 3 }, marker: 'diamond' },
};
const THRESHOLD_DASH: Dash = { length: 3, space: 2.5 };
const PLOT_HEIGHT = 180;
/** What the chart and its legend take on the page, so the section heading can keep room for it. */
export const VITALS_CHART_ROOM = PLOT_HEIGHT + 90;
const LABEL_SIZE = 7;

function mark(doc: PdfWriter['doc'], marker: Marker, x: number, y: number, r = 2.6): void {
  switch (marker) {
    case 'circle':
      doc.circle(x, y, r);
      return;
    case 'square':
      doc.rect(x - r, y - r, 2 * r, 2 * r);
      return;
    case 'triangle':
      doc.polygon([x, y - r - 0.6], [x + r + 0.4, y + r], [x - r - 0.4, y + r]);
      return;
    case 'diamond':
      doc.polygon([x, y - r - 0.8], [x + r + 0.8, y], [x, y + r + 0.8], [x - r - 0.8, y]);
      return;
  }
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A filled marker for a reading taken in the session, a hollow one for a late entry. */
function drawMarker(doc: PdfWriter['doc'], field: VitalField, x: number, y: number, late: boolean): void {
  const { colour, marker } = SERIES_STYLE[field];
  doc.save().undash().lineWidth(0.9);
  mark(doc, marker, x, y);
  if (late) doc.fillColor('white').fillAndStroke('white', colour);
  else doc.fillAndStroke(colour, colour);
  doc.restore();
}

function legend(pdf: PdfWriter, top: number): number {
  const { doc } = pdf;
  const entries = [
    ...CHART_FIELDS.map((field) => ({ field, label: `${VITAL_RANGES[field].short} (${VITAL_RANGES[field].unit})` })),
    { field: null, label: 'Threshold (clinic setting)' },
  ];
  const columnWidth = pdf.width / 3;
  entries.forEach((entry, index) => {
    const x = PDF_MARGIN.left + (index % 3) * columnWidth;
    const y = top + Math.floor(index / 3) * 13;
    doc.save().lineWidth(entry.field ? 1.4 : 0.8);
    const style = entry.field ? SERIES_STYLE[entry.field] : { colour: PDF_GREY, dash: THRESHOLD_DASH };
    if (style.dash) doc.dash(style.dash.length, { space: style.dash.space });
    doc
      .moveTo(x, y + 4)
      .lineTo(x + 26, y + 4)
      .stroke(style.colour);
    doc.restore();
    if (entry.field) drawMarker(doc, entry.field, x + 13, y + 4, false);
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('black')
      .text(entry.label, x + 32, y, { width: columnWidth - 36, lineBreak: false });
  });
  const rows = Math.ceil(entries.length / 3);
  doc
    .fontSize(8)
    .fillColor(PDF_GREY)
    .text('Hollow markers: late entries, added after discharge.', PDF_MARGIN.left, top + rows * 13 + 2, { width: pdf.width });
  return top + rows * 13 + 14;
}

/**
 * The session's vital signs against minutes since the dose, drawn with vector paths: axes and
 * gridlines, T0, each threshold as a labelled line over the time it holds for, one line per series
 * and a legend. Leaves the writer below the legend.
 */
export function drawVitalsChart(pdf: PdfWriter, series: VitalsSeries): void {
  const { doc } = pdf;
  pdf.keepRoom(VITALS_CHART_ROOM);
  const top = doc.y + 12;
  const left = PDF_MARGIN.left + 30;
  const right = PDF_MARGIN.left + pdf.width - 6;
  const bottom = top + PLOT_HEIGHT;
  const [fromMinutes, toMinutes] = series.minutesDomain;
  const [lowValue, highValue] = series.valueDomain;
  const x = (minutes: number) => left + ((minutes - fromMinutes) / (toMinutes - fromMinutes)) * (right - left);
  const y = (value: number) => bottom - ((value - lowValue) / (highValue - lowValue)) * (bottom - top);

  doc.font('Helvetica').fontSize(LABEL_SIZE).fillColor(PDF_GREY);
  doc.text('mmHg · bpm · %', PDF_MARGIN.left, top - 11, { lineBreak: false });
  doc.save().lineWidth(0.3).strokeColor('#cccccc');
  for (const tick of series.valueTicks) {
    doc.moveTo(left, y(tick)).lineTo(right, y(tick)).stroke();
    doc.text(String(tick), PDF_MARGIN.left, y(tick) - 3, { width: 26, align: 'right', lineBreak: false });
  }
  for (const tick of series.minuteTicks) {
    doc.moveTo(x(tick), top).lineTo(x(tick), bottom).stroke();
    doc.text(String(tick), x(tick) - 15, bottom + 4, { width: 30, align: 'center', lineBreak: false });
  }
  doc.restore();
  doc.text('Minutes since the dose (T0)', left, bottom + 14, { width: right - left, align: 'center', lineBreak: false });
  doc.save().lineWidth(0.8).strokeColor('#333333').moveTo(left, top).lineTo(left, bottom).lineTo(right, bottom).stroke().restore();
  if (fromMinutes < 0) {
    doc.save().lineWidth(0.8).dash(3, { space: 2 }).strokeColor('#333333').moveTo(x(0), top).lineTo(x(0), bottom).stroke().restore();
    doc.fillColor('#333333').text('T0', x(0) + 2, top + 1, { lineBreak: false });
  }

  // Lines close in value would print their labels over each other or over the next line: each label
  // takes the first corner of its line that is free of the labels placed and of the other lines.
  const lineBoxes: Box[] = series.thresholdLines.map((line) => ({
    x: x(line.fromMinutes),
    y: y(line.value) - 0.5,
    width: x(line.toMinutes) - x(line.fromMinutes),
    height: 1,
  }));
  const placed: Box[] = [];
  series.thresholdLines.forEach((line, index) => {
    doc
      .save()
      .lineWidth(0.8)
      .dash(THRESHOLD_DASH.length, { space: THRESHOLD_DASH.space })
      .strokeColor(PDF_GREY)
      .moveTo(x(line.fromMinutes), y(line.value))
      .lineTo(x(line.toMinutes), y(line.value))
      .stroke()
      .restore();
    const width = doc.fontSize(LABEL_SIZE).widthOfString(line.label);
    const [start, end] = [x(line.fromMinutes) + 2, Math.max(left + 2, x(line.toMinutes) - width - 2)];
    const [above, below] = [y(line.value) - LABEL_SIZE - 1.5, y(line.value) + 1.5];
    const obstacles = [...placed, ...lineBoxes.filter((_, other) => other !== index)];
    const candidates: Box[] = [end, start].flatMap((labelX) => [above, below].map((labelY) => ({ x: labelX, y: labelY, width, height: LABEL_SIZE })));
    const box = candidates.find((candidate) => !obstacles.some((other) => overlaps(candidate, other))) ?? candidates[0]!;
    placed.push(box);
    doc.fillColor(PDF_GREY).text(line.label, box.x, box.y, { lineBreak: false });
  });

  for (const field of CHART_FIELDS) {
    const points = series.points.filter((point) => point.vitals[field] !== undefined);
    if (points.length === 0) continue;
    const style = SERIES_STYLE[field];
    doc.save().lineWidth(1.4).strokeColor(style.colour);
    if (style.dash) doc.dash(style.dash.length, { space: style.dash.space });
    points.forEach((point, index) => {
      const at = [x(point.minutes), y(point.vitals[field]!)] as const;
      if (index === 0) doc.moveTo(...at);
      else doc.lineTo(...at);
    });
    if (points.length > 1) doc.stroke();
    doc.restore();
    for (const point of points) drawMarker(doc, field, x(point.minutes), y(point.vitals[field]!), point.lateWrittenAt !== null);
  }

  doc.x = PDF_MARGIN.left;
  doc.y = legend(pdf, bottom + 30);
}
