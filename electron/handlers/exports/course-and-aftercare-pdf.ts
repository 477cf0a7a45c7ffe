import { pdfWhen, type PdfWriter } from '../../pdf/pdf-writer';
import type { Course } from '../../../shared/contract/courses';
import type { FollowUpContact } from '../../../shared/contract/follow-up-contact';
import type { SideEffectChecklist } from '../../../shared/contract/side-effects';
import { COURSE_KIND_LABELS, scheduleText } from '../../../shared/course/course-types';
import { SIDE_EFFECT_LEVEL_LABELS } from '../../../shared/side-effects/side-effect-items';

/** One course: its kind and schedule, the dates planned, and how it ended. */
export function courseBlock(pdf: PdfWriter, course: Course): void {
  pdf.subheading(`${COURSE_KIND_LABELS[course.kind]} from ${course.startDate}`);
  pdf.field('Schedule', scheduleText(course.schedule));
  pdf.field('Planned dates', course.plannedDates.length === 0 ? 'none' : course.plannedDates.join(', '));
  pdf.field('Status', course.status === 'active' ? 'under way' : `ended ${course.endedOn ?? ''}`);
  pdf.field('Re-evaluation', course.reEvaluationDate);
}

/** The side effects recorded after a session's dose, under the labels they were asked with. */
export function sideEffectsField(pdf: PdfWriter, checklist: SideEffectChecklist | null): void {
  if (checklist === null) {
    pdf.field('Side effects', 'not recorded');
    return;
  }
  const answers = checklist.answers.map((answer) => `${answer.label}: ${SIDE_EFFECT_LEVEL_LABELS[answer.level].toLowerCase()}`).join('; ');
  const recorded =
    checklist.recordedAt === checklist.firstRecordedAt
      ? pdfWhen(checklist.recordedAt)
      : `${pdfWhen(checklist.firstRecordedAt)}, changed ${pdfWhen(checklist.recordedAt)}`;
  pdf.field('Side effects', `${answers || 'no item answered'} (recorded ${recorded})`);
  pdf.field('Side effects note', checklist.note);
}

function contactState(contact: FollowUpContact, noteTitles: ReadonlyMap<string, string>): string {
  if (contact.status === 'done') {
    const note = contact.noteId === null ? '' : `, note: ${noteTitles.get(contact.noteId) ?? contact.noteId}`;
    return `done ${contact.doneAt === null ? '' : pdfWhen(contact.doneAt)}${note}`;
  }
  if (contact.status === 'skipped') return `skipped: ${contact.skipReason ?? ''}`;
  return contact.dateMoved ? 'planned (date moved)' : 'planned';
}

/** The follow-up contacts after a session's dose, one a line: name, day and what came of it. */
export function followUpsField(pdf: PdfWriter, contacts: readonly FollowUpContact[], noteTitles: ReadonlyMap<string, string>): void {
  if (contacts.length === 0) return;
  pdf.field('Follow-up contacts', contacts.map((contact) => `${contact.label} ${contact.dueDate}, ${contactState(contact, noteTitles)}`).join('; '));
}
