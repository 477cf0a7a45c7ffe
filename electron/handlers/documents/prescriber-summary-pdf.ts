import { hasUnprintable, pdfDate, pdfHeading, pdfTime, pdfWhen, PDF_GREY, PdfWriter } from '../../pdf/pdf-writer';
import { formatTPlus } from '../../../shared/exports/describe-timeline';
import { QUESTIONNAIRES, highestTotal } from '../../../shared/measures/questionnaires';
import { ITEM9_FLAG_TEXT, SEVERITY_BAND_LABELS } from '../../../shared/measures/scoring';
import { checklistResults } from '../../../shared/session/checklist-gaps';
import { describeVitals, lateEntryMark, moaasLabel } from '../../../shared/session/describe-entry';
import { ROUTE_LABELS } from '../../../shared/session/routes';
import { effectiveOfKind, type ResolvedEvent } from '../../../shared/session/timeline';
import { describeThreshold, thresholdSourceFor } from '../../../shared/session/vital-thresholds';
import { wasCorrected } from '../../../shared/session/vitals-series';
import type { PrescriberSummaryFacts } from './prescriber-summary-facts';
import { drawVitalsChart, VITALS_CHART_ROOM } from './vitals-chart-pdf';

const MINUTE = 60_000;

/** "14:05" and "T+40:00" side by side, as the record export prints times. */
function when(at: number, dosedAt: number): [string, string] {
  return [pdfTime.format(at), formatTPlus(at, dosedAt) ?? ''];
}

/** How a late or corrected entry is marked in a table row; empty for one as first written in the session. */
function marks(lateWrittenAt: number | null, corrected: boolean): string {
  return [lateEntryMark(lateWrittenAt, pdfWhen), corrected ? 'Corrected after it was first written' : null].filter(Boolean).join('. ');
}

function entryMarks(event: ResolvedEvent): string {
  return marks(event.lateWrittenAt, wasCorrected(event));
}

function sessionSection(pdf: PdfWriter, { session, room, series }: PrescriberSummaryFacts): void {
  const { dosedAt } = series;
  const doses = effectiveOfKind(room.resolved, 'dose');
  const ready = effectiveOfKind(room.resolved, 'clinically-ready')[0];
  pdf.section('Session');
  pdf.field('Route', ROUTE_LABELS[session.route]);
  pdf.field('Protocol', session.protocol.name);
  pdf.field('Session in the course', String(session.courseSessionNumber));
  pdf.field(
    'Planned dose',
    `${session.plannedDoseMg} mg${session.mgPerKg !== null && session.weightKg !== null ? ` (${session.mgPerKg} mg/kg at ${session.weightKg} kg)` : ''}`,
  );
  pdf.field('Dose given', `${doses.reduce((sum, dose) => sum + dose.entry.amountMg, 0)} mg in ${doses.length} ${doses.length === 1 ? 'dose' : 'doses'}`);
  pdf.field('Checked in', pdfWhen(session.checkInAt));
  pdf.field('First dose (T0)', pdfWhen(dosedAt));
  pdf.field('Clinically ready to leave', ready ? `${pdfTime.format(ready.at)} (${formatTPlus(ready.at, dosedAt)})` : null);
  pdf.field('Discharged', pdfWhen(session.endedAt));
  pdf.field('Total monitoring', `${Math.round((session.endedAt! - dosedAt) / MINUTE)} minutes from the first dose to discharge`);

  pdf.subheading('Doses');
  pdf.table(
    [
      { header: 'Time', width: 0.12 },
      { header: 'From T0', width: 0.12 },
      { header: 'Dose', width: 0.16 },
      { header: 'Note', width: 0.6 },
    ],
    doses.map((dose) => [
      ...when(dose.at, dosedAt),
      `${dose.entry.amountMg} mg${dose.entry.deviceNumber ? `, device ${dose.entry.deviceNumber}` : ''}`,
      [dose.entry.note, entryMarks(dose)].filter(Boolean).join('. '),
    ]),
  );
}

function vitalsSection(pdf: PdfWriter, { session, series, thresholds }: PrescriberSummaryFacts): void {
  // The heading stays with its chart rather than alone at the foot of a page.
  if (series.points.length > 0) pdf.keepRoom(VITALS_CHART_ROOM + 40);
  pdf.section('Vital signs');
  if (series.points.length === 0) pdf.text('No vital signs were recorded.');
  else drawVitalsChart(pdf, series);
  if (series.points.length > 0) {
    pdf.doc.moveDown(0.6);
    pdf.table(
      [
        { header: 'Time', width: 0.09 },
        { header: 'From T0', width: 0.12 },
        { header: 'Reading', width: 0.28 },
        { header: 'Alerts (thresholds crossed)', width: 0.3 },
        { header: 'Marks', width: 0.21 },
      ],
      series.points.map((point) => [
        ...when(point.at, series.dosedAt),
        describeVitals(point.vitals),
        point.alerts.map((alert) => alert.short).join('; ') || 'None',
        marks(point.lateWrittenAt, point.corrected),
      ]),
    );
  }
  if (series.withdrawnReadings > 0) {
    pdf.text(
      series.withdrawnReadings === 1
        ? '1 reading was withdrawn from the record and is not shown.'
        : `${series.withdrawnReadings} readings were withdrawn from the record and are not shown.`,
      {
        color: PDF_GREY,
        size: 9,
      },
    );
  }
  const enabled = thresholds.filter((threshold) => threshold.enabled);
  pdf.subheading('Thresholds (clinic settings, shown as alerts, never enforced)');
  if (enabled.length === 0) pdf.text('No thresholds are set.');
  for (const threshold of enabled) {
    pdf.text(describeThreshold(threshold), { size: 9 });
    pdf.text(thresholdSourceFor(threshold, session.route), { size: 8, color: PDF_GREY, indent: 10 });
  }
}

function sedationAndEventsSection(pdf: PdfWriter, { room, series }: PrescriberSummaryFacts): void {
  const sedation = effectiveOfKind(room.resolved, 'sedation');
  pdf.section('Sedation (MOAA/S)');
  if (sedation.length === 0) pdf.text('No sedation scores were recorded.');
  else
    pdf.table(
      [
        { header: 'Time', width: 0.12 },
        { header: 'From T0', width: 0.12 },
        { header: 'MOAA/S', width: 0.5 },
        { header: 'Marks', width: 0.26 },
      ],
      sedation.map((score) => [...when(score.at, series.dosedAt), `${score.entry.moaas}: ${moaasLabel(score.entry.moaas)}`, entryMarks(score)]),
    );

  const adverse = effectiveOfKind(room.resolved, 'adverse-event');
  pdf.section('Adverse events');
  if (adverse.length === 0) pdf.text('No adverse events were recorded.');
  else
    pdf.table(
      [
        { header: 'Time', width: 0.12 },
        { header: 'From T0', width: 0.12 },
        { header: 'Event', width: 0.5 },
        { header: 'Marks', width: 0.26 },
      ],
      adverse.map((event) => [
        ...when(event.at, series.dosedAt),
        [event.entry.items.join(', '), event.entry.text].filter(Boolean).join('. '),
        entryMarks(event),
      ]),
    );
}

function dischargeSection(pdf: PdfWriter, { session }: PrescriberSummaryFacts): void {
  const results = checklistResults(session.protocol.dischargeChecklist, session.dischargeChecklist);
  pdf.section('Discharge checklist');
  if (results.length === 0) pdf.text("This session's protocol has no discharge checklist.");
  else
    pdf.table(
      [
        { header: 'Item', width: 0.8 },
        { header: 'Ticked', width: 0.2 },
      ],
      results.map((result) => [result.label, result.ticked ? 'Yes' : 'Not ticked']),
    );
}

function measuresSection(pdf: PdfWriter, { latestMeasures }: PrescriberSummaryFacts): void {
  pdf.section('Latest measures');
  if (latestMeasures.length === 0) pdf.text('No PHQ-9 or GAD-7 has been recorded.');
  for (const measure of latestMeasures) {
    const outcome = measure.outcome;
    pdf.field(
      QUESTIONNAIRES[measure.kind].name,
      `${measure.total} of ${highestTotal(measure.kind)}, ${SEVERITY_BAND_LABELS[measure.band]}, taken ${measure.takenOn}` +
        (outcome?.isBaseline ? ' (the baseline)' : '') +
        (outcome?.response ? '; response: at least 50% below the baseline' : '') +
        (outcome?.remission ? '; remission: below 5' : ''),
    );
    if (measure.kind === 'phq-9')
      pdf.text(measure.safetyFlag ? `SAFETY FLAG. ${ITEM9_FLAG_TEXT}.` : 'Item 9 answered 0.', { bold: measure.safetyFlag, indent: 10 });
  }
}

/** The prescriber summary as a paginated PDF: the therapist's words, then the session as recorded. */
export function renderPrescriberSummaryPdf(facts: PrescriberSummaryFacts): Promise<Buffer> {
  const pdf = new PdfWriter('Prescriber summary');
  pdf.title('Summary for the prescriber');
  pdf.text(`Made ${pdfWhen(facts.madeAt)}${facts.clinic.clinicianName ? ` by ${facts.clinic.clinicianName}` : ''} from KAP Companion.`, { color: PDF_GREY });
  pdf.text('What was measured and logged in the dosing session. Session notes and private psychotherapy notes are not included.', { color: PDF_GREY });
  if (hasUnprintable(JSON.stringify([facts.client, facts.summary, facts.session, facts.room.resolved]))) {
    pdf.text('Some letters cannot be printed with this PDF\'s font and are shown as their base letter or "?".', { color: PDF_GREY });
  }

  pdf.section('Client');
  pdf.field('Name', facts.client.displayName);
  pdf.field('Date of birth', facts.client.dateOfBirth);

  pdf.section("Therapist's summary");
  pdf.text(facts.summary);

  sessionSection(pdf, facts);
  vitalsSection(pdf, facts);
  sedationAndEventsSection(pdf, facts);
  dischargeSection(pdf, facts);
  measuresSection(pdf, facts);

  return pdf.finish({
    heading: pdfHeading(facts.clinic),
    made: `Prescriber summary · ${pdfDate.format(facts.madeAt)}`,
    footer: `${facts.client.displayName} · session ${facts.session.courseSessionNumber} of ${pdfDate.format(facts.series.dosedAt)}`,
  });
}
