export { MeasuresSection } from './MeasuresSection';
export { AnswerChoice } from './AnswerChoice';
export { answerWithNumberKeys } from './answer-keys';
