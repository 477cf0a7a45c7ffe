export { MeasuresSection } from './MeasuresSection';
export { AnswerChoice } from './AnswerChoice';
export { answerWithNumberKeys } from './answer-keys';
export { RecordMeasureDialog } from './RecordMeasureDialog';
export { useClientMeasures } from './measure-queries';
export { measureFlags, scoreText, WORSENING_TEXT } from './measure-text';
