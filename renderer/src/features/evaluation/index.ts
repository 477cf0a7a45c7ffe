export { ContraindicationsSettingsSection } from './ContraindicationsSettingsSection';
export { EvaluationSection } from './EvaluationSection';
export { RemsEnrolmentWarning } from './RemsEnrolmentWarning';
