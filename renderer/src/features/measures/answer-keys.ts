import type { KeyboardEvent } from 'react';
import { HIGHEST_ANSWER } from '../../../../shared/measures/questionnaires';

/** Focuses the radio for `value` in a question, or its chosen (else first) one when `value` is null. */
function focusAnswer(question: HTMLElement, value: number | null): void {
  const radios = [...question.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  (value !== null ? radios[value] : (radios.find((radio) => radio.checked) ?? radios[0]))?.focus();
}

/**
 * Number keys 0-3 answer the question in focus (its options stand in score order), then focus
 * moves to the next question, so a paper questionnaire is typed in one key per item. Questions
 * are found by their data-answer-field; after the last one, focus stays on the chosen answer.
 */
export function answerWithNumberKeys(onAnswer: (field: string, value: number) => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !/^[0-9]$/.test(event.key)) return;
    const value = Number(event.key);
    const question = (event.target as HTMLElement).closest<HTMLElement>('[data-answer-field]');
    if (value > HIGHEST_ANSWER || !question) return;
    event.preventDefault();
    onAnswer(question.dataset.answerField!, value);
    const questions = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-answer-field]')];
    const next = questions[questions.indexOf(question) + 1];
    if (next) focusAnswer(next, null);
    else focusAnswer(question, value);
  };
}
