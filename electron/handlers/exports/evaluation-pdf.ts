import type { Evaluation } from '../../../shared/contract/evaluations';
import { CANDIDACY_LABELS, CONTRAINDICATION_ANSWERS, CONTRAINDICATION_ANSWER_LABELS } from '../../../shared/evaluation/evaluation-types';
import { pdfWhen, PDF_GREY, type PdfWriter } from '../../pdf/pdf-writer';

/** "Drug · dose · duration · outcome · stopped: reason", leaving out what was not recorded. */
function trialLine(trial: Evaluation['medicationTrials'][number]): string {
  const stopped = trial.reasonStopped ? `stopped: ${trial.reasonStopped}` : null;
  return [trial.drug, trial.dose, trial.duration, trial.outcome, stopped].filter(Boolean).join(' · ');
}

/** One evaluation as recorded: the decision first, then symptoms, trials, the checklist under its own labels, and the dates. */
export function evaluationBlock(pdf: PdfWriter, evaluation: Evaluation): void {
  pdf.subheading(`Evaluation of ${evaluation.evaluatedOn}`);
  const edited = evaluation.updatedAt > evaluation.createdAt ? `, edited ${pdfWhen(evaluation.updatedAt)}` : '';
  pdf.text(`Recorded ${pdfWhen(evaluation.createdAt)}${edited}`, { color: PDF_GREY, size: 9 });
  pdf.field('Candidacy', `${CANDIDACY_LABELS[evaluation.candidacy]}${evaluation.candidacyReason ? `: ${evaluation.candidacyReason}` : ''}`);
  pdf.field('Presenting symptoms', evaluation.presentingSymptoms);
  if (evaluation.medicationTrials.length === 0) pdf.field('Medication trials', 'none recorded');
  else pdf.text('Medication trials:', { bold: true });
  for (const trial of evaluation.medicationTrials) pdf.text(trialLine(trial), { indent: 10 });
  for (const answer of CONTRAINDICATION_ANSWERS) {
    const items = evaluation.contraindications.filter((item) => item.answer === answer);
    pdf.field(
      `Contraindications, ${CONTRAINDICATION_ANSWER_LABELS[answer].toLowerCase()}`,
      items.map((item) => (item.note ? `${item.label} (${item.note})` : item.label)).join('; '),
    );
  }
  pdf.field('Consent given', evaluation.consentDate ?? 'not recorded');
  pdf.field('Psychoeducation given', evaluation.psychoeducationDate ?? 'not recorded');
  pdf.field(
    'Spravato REMS',
    evaluation.remsEnrolled ? `enrolled${evaluation.remsEnrolledOn ? ` ${evaluation.remsEnrolledOn}` : ''}` : 'enrolment not recorded',
  );
}
