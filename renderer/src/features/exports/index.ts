export { ExportDialog } from './ExportDialog';
export { ExportSettingsSection } from './ExportSettingsSection';
