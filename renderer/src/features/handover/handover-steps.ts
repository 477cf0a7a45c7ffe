import { DIFFICULTY_QUESTION, type MeasureKind, QUESTIONNAIRES } from '../../../../shared/measures/questionnaires';

/** One screenful of the questionnaire: an item, the PHQ-9's difficulty question, or the last check before finishing. */
export type HandoverStep = { kind: 'item'; index: number } | { kind: 'difficulty' } | { kind: 'review' };

export function handoverSteps(kind: MeasureKind): HandoverStep[] {
  const questionnaire = QUESTIONNAIRES[kind];
  return [
    ...questionnaire.items.map((_, index): HandoverStep => ({ kind: 'item', index })),
    ...(questionnaire.asksDifficulty ? [{ kind: 'difficulty' } as const] : []),
    { kind: 'review' },
  ];
}

/** Where a questionnaire opens (again, after a reload or when continued): the first item not answered, else the step after the items. */
export function firstOpenStep(answers: readonly (number | null)[]): number {
  const open = answers.findIndex((answer) => answer === null);
  return open >= 0 ? open : answers.length;
}

/** What the step asks, as the instrument words it. */
export function stepQuestion(kind: MeasureKind, step: HandoverStep): string {
  if (step.kind === 'item') return QUESTIONNAIRES[kind].items[step.index]!;
  return step.kind === 'difficulty' ? DIFFICULTY_QUESTION : '';
}

/** "Question 3 of 9"; the difficulty question is the PHQ-9's tenth and last. */
export function stepPosition(kind: MeasureKind, step: HandoverStep): string {
  const items = QUESTIONNAIRES[kind].items.length;
  const asked = items + (QUESTIONNAIRES[kind].asksDifficulty ? 1 : 0);
  const number = step.kind === 'item' ? step.index + 1 : items + 1;
  return `Question ${number} of ${asked}`;
}
