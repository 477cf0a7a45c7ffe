export { MeasuresSection } from './MeasuresSection';
export { RecordMeasureDialog } from './RecordMeasureDialog';
export { useClientMeasures } from './measure-queries';
export { scoreText } from './measure-text';
