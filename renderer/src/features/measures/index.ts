export { MeasuresSection } from './MeasuresSection';
export { WORSENING_TEXT } from './measure-text';
