import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ANSWER_OPTIONS, DIFFICULTY_OPTIONS, HIGHEST_ANSWER, MEASURE_STEM, type MeasureKind, QUESTIONNAIRES } from '../../../../shared/measures/questionnaires';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { Heading, Label, RadioGroup } from '../../ui/aria-primitives';
import { RadioOption } from '../../ui/ChoiceControls';
import { FormAlert } from '../../ui/FormAlert';
import { useSubmit } from '../../ui/use-submit';
import { useFinishHandover, useSaveHandoverAnswer } from './handover-queries';
import { firstOpenStep, handoverSteps, type HandoverStep, stepPosition, stepQuestion } from './handover-steps';

interface HandoverQuestionnaireProps {
  kind: MeasureKind;
  answers: readonly (number | null)[];
  difficulty: number | null;
}

/** Focuses the step's chosen answer (else its first), or the review's heading: a screen reader then reads the question. */
function focusStep(step: HTMLElement | null): void {
  const radios = [...(step?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
  (radios.find((radio) => radio.checked) ?? radios[0] ?? step?.querySelector<HTMLElement>('h2'))?.focus();
}

/**
 * The questionnaire handed to the client, one question at a time in large type, each item worded
 * exactly as published. Keys 0-3 answer and move on; Tab reaches the answers and the buttons.
 * Every answer is saved as it is chosen. Nothing here shows a total or a band.
 */
export function HandoverQuestionnaire({ kind, answers, difficulty }: HandoverQuestionnaireProps) {
  const questionnaire = QUESTIONNAIRES[kind];
  const steps = handoverSteps(kind);
  const [stepIndex, setStepIndex] = useState(() => firstOpenStep(answers));
  const step = steps[stepIndex]!;
  const stepRef = useRef<HTMLDivElement>(null);
  const stemId = useId();
  const saveAnswer = useSaveHandoverAnswer();
  const [saveFailure, setSaveFailure] = useState<string | null>(null);

  useEffect(() => focusStep(stepRef.current), [stepIndex]);

  const goTo = (index: number) => setStepIndex(Math.max(0, Math.min(index, steps.length - 1)));
  const choose = (answered: Exclude<HandoverStep, { kind: 'review' }>, answer: number) => {
    setSaveFailure(null);
    saveAnswer({ question: answered.kind === 'item' ? answered.index : 'difficulty', answer }, (error) => setSaveFailure(describeError(error)));
  };

  // Number keys answer the question on screen and move to the next, as on the therapist's own form.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || step.kind === 'review' || !/^[0-9]$/.test(event.key)) return;
    const answer = Number(event.key);
    if (answer > HIGHEST_ANSWER) return;
    event.preventDefault();
    choose(step, answer);
    goTo(stepIndex + 1);
  };

  return (
    <div className="handover-questionnaire" onKeyDown={onKeyDown}>
      <Heading level={1} className="handover-title">
        {questionnaire.title}
      </Heading>
      {step.kind === 'item' ? (
        <p id={stemId} className="handover-stem">
          {MEASURE_STEM}
        </p>
      ) : null}
      <div ref={stepRef} className="handover-step">
        {step.kind === 'review' ? (
          <HandoverReview answers={answers} onGoTo={goTo} />
        ) : (
          <RadioGroup
            key={stepIndex}
            value={(step.kind === 'item' ? answers[step.index] : difficulty)?.toString() ?? null}
            onChange={(chosen) => choose(step, Number(chosen))}
            aria-describedby={step.kind === 'item' ? stemId : undefined}
            className="handover-question"
          >
            <Label className="handover-question-text">
              <span className="handover-position">{stepPosition(kind, step)}</span> <span>{stepQuestion(kind, step)}</span>
            </Label>
            <div className="handover-answers">
              {(step.kind === 'item' ? ANSWER_OPTIONS : DIFFICULTY_OPTIONS).map((option) => (
                <RadioOption key={option.value} value={String(option.value)} className="handover-answer">
                  <span className="handover-answer-key" aria-hidden="true">
                    {option.value}
                  </span>
                  {option.label}
                </RadioOption>
              ))}
            </div>
          </RadioGroup>
        )}
      </div>
      <FormAlert>{saveFailure}</FormAlert>
      <div className="handover-nav">
        <ActionButton onPress={() => goTo(stepIndex - 1)} isDisabled={stepIndex === 0}>
          Previous
        </ActionButton>
        {step.kind === 'review' ? null : (
          <ActionButton variant="primary" onPress={() => goTo(stepIndex + 1)}>
            Next
          </ActionButton>
        )}
      </div>
      {step.kind === 'review' ? null : <p className="handover-hint">Choose an answer, or press its number, 0 to 3.</p>}
    </div>
  );
}

/** The last step: what is still unanswered, else Finish. The answers stay unscored here. */
function HandoverReview({ answers, onGoTo }: { answers: readonly (number | null)[]; onGoTo: (index: number) => void }) {
  const missing = answers.flatMap((answer, index) => (answer === null ? [index] : []));
  const finish = useFinishHandover();
  const finishing = useSubmit();
  const firstMissing = missing[0];

  return (
    <div className="handover-review">
      <Heading level={2} className="handover-question-text" tabIndex={-1}>
        {firstMissing === undefined ? 'That was the last question' : 'Some questions are not answered yet'}
      </Heading>
      {firstMissing === undefined ? (
        <>
          <p>You can go back to change an answer, or finish now.</p>
          <ActionButton variant="primary" busy={finishing.busy} onPress={() => void finishing.run(() => finish.mutateAsync({}))}>
            Finish
          </ActionButton>
        </>
      ) : (
        <>
          <p>Not answered yet: {missing.map((index) => `question ${index + 1}`).join(', ')}.</p>
          <ActionButton variant="primary" onPress={() => onGoTo(firstMissing)}>
            Go to question {firstMissing + 1}
          </ActionButton>
        </>
      )}
      <FormAlert>{finishing.error}</FormAlert>
    </div>
  );
}
