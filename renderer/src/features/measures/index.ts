export { MeasuresSection } from './MeasuresSection';
export { measureFlags, scoreText } from './measure-text';
