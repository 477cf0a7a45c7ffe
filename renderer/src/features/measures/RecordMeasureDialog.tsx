import { useRef, useState } from 'react';
import type { SessionSummary } from '../../../../shared/contract';
import { localCalendarDate } from '../../../../shared/calendar-date';
import { EARLIEST_CALENDAR_DATE } from '../../../../shared/contract';
import {
  ANSWER_OPTIONS,
  DIFFICULTY_OPTIONS,
  DIFFICULTY_QUESTION,
  highestTotal,
  MEASURE_STEM,
  type MeasureKind,
  QUESTIONNAIRES,
} from '../../../../shared/measures/questionnaires';
import { hasSafetyFlag, ITEM9_FLAG_TEXT, measureTotal, severityBand, SEVERITY_BAND_LABELS } from '../../../../shared/measures/scoring';
import { FormDialog } from '../../ui/FormDialog';
import { TextInputField } from '../../ui/TextInputField';
import { useSubmit } from '../../ui/use-submit';
import { AnswerChoice } from './AnswerChoice';
import { answerWithNumberKeys } from './answer-keys';
import { useRecordMeasure } from './measure-queries';
import { defaultSessionId } from './measure-text';
import { SessionChoice } from './SessionChoice';

const DIFFICULTY_FIELD = 'difficulty';
const itemField = (index: number) => `item-${index + 1}`;

interface RecordMeasureDialogProps {
  clientId: string;
  kind: MeasureKind;
  sessions: readonly SessionSummary[];
  onClose: () => void;
}

/** The questionnaire as published, one row of four answers per item; the total and band follow as it is answered. */
export function RecordMeasureDialog({ clientId, kind, sessions, onClose }: RecordMeasureDialogProps) {
  const questionnaire = QUESTIONNAIRES[kind];
  const [now] = useState(() => Date.now());
  const today = localCalendarDate(now);
  const [answers, setAnswers] = useState<(number | null)[]>(() => questionnaire.items.map(() => null));
  const [difficulty, setDifficulty] = useState<number | null>(null);
  const [sessionId, setSessionId] = useState(() => defaultSessionId(sessions, now));
  const [takenOn, setTakenOn] = useState(today);
  const questionsRef = useRef<HTMLDivElement>(null);
  const record = useRecordMeasure();
  const saving = useSubmit<string>();

  const answer = (field: string, value: number) => {
    saving.clearFieldError(field);
    if (field === DIFFICULTY_FIELD) setDifficulty(value);
    else setAnswers((current) => current.map((old, index) => (itemField(index) === field ? value : old)));
  };
  const complete = answers.every((value) => value !== null);
  const answered = answers.map((value) => value ?? 0);
  const total = measureTotal(answered);

  const submit = () => {
    const problems: Record<string, string | undefined> = Object.fromEntries(
      answers.map((value, index) => [itemField(index), value === null ? 'Choose an answer.' : undefined]),
    );
    problems.takenOn = takenOn === '' ? 'Enter the day it was taken.' : takenOn > today ? 'The day cannot be after today.' : undefined;
    if (saving.showProblems(problems)) {
      const firstMissing = answers.findIndex((value) => value === null);
      if (firstMissing >= 0) questionsRef.current?.querySelector<HTMLInputElement>(`[data-answer-field="${itemField(firstMissing)}"] input`)?.focus();
      return;
    }
    void saving.run(async () => {
      await record.mutateAsync({ clientId, kind, answers: answered, difficulty: questionnaire.asksDifficulty ? difficulty : null, sessionId, takenOn });
      onClose();
    });
  };

  return (
    <FormDialog
      title={`Record ${questionnaire.name}`}
      submitLabel={`Save ${questionnaire.name}`}
      {...saving.formProps}
      onSubmit={submit}
      onClose={onClose}
      modalClassName="measure-modal"
    >
      <p className="measure-source">{questionnaire.title}</p>
      <div className="field-pair">
        <TextInputField
          name="takenOn"
          label="Taken on"
          inputType="date"
          min={EARLIEST_CALENDAR_DATE}
          max={today}
          value={takenOn}
          onChange={setTakenOn}
          isRequired
        />
        <SessionChoice sessions={sessions} value={sessionId} onChange={setSessionId} />
      </div>
      <p className="measure-stem">{MEASURE_STEM}</p>
      <p className="hint">Keys 0 to 3 answer the item in focus and move to the next.</p>
      {/* Number keys are heard here, from the radios inside; each question's radios keep their own arrows and space. */}
      <div className="measure-questions" ref={questionsRef} onKeyDown={answerWithNumberKeys(answer)}>
        {questionnaire.items.map((item, index) => (
          <AnswerChoice
            key={item}
            name={itemField(index)}
            label={`${index + 1}. ${item}`}
            options={ANSWER_OPTIONS}
            value={answers[index] ?? null}
            onChange={(value) => answer(itemField(index), value)}
            autoFocus={index === 0}
          />
        ))}
        {questionnaire.asksDifficulty ? (
          <AnswerChoice
            name={DIFFICULTY_FIELD}
            label={`${DIFFICULTY_QUESTION} (optional, not part of the total)`}
            options={DIFFICULTY_OPTIONS}
            value={difficulty}
            onChange={(value) => answer(DIFFICULTY_FIELD, value)}
            isRequired={false}
          />
        ) : null}
      </div>
      <p className="measure-running-total">
        {complete
          ? `Total ${total} of ${highestTotal(kind)}: ${SEVERITY_BAND_LABELS[severityBand(kind, total)]}`
          : `Total so far ${total}; ${answers.filter((value) => value === null).length} items left`}
      </p>
      {hasSafetyFlag(kind, answered) ? <p className="measure-flag">{ITEM9_FLAG_TEXT}</p> : null}
    </FormDialog>
  );
}
