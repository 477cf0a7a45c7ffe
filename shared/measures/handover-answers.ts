import type { MeasureKind } from './questionnaires';
import { itemCount } from './questionnaires';

/** A questionnaire being filled in: one answer 0-3 per item, null until the client chooses one. */
export type PartialAnswers = readonly (number | null)[];

export function noAnswersYet(kind: MeasureKind): (number | null)[] {
  return Array.from({ length: itemCount(kind) }, () => null);
}

export function answeredCount(answers: PartialAnswers): number {
  return answers.filter((answer) => answer !== null).length;
}

/** Every item answered: the answers a measure can be scored from; null while any is missing. */
export function completeAnswers(answers: PartialAnswers): number[] | null {
  return answers.every((answer) => answer !== null) ? (answers as number[]) : null;
}
