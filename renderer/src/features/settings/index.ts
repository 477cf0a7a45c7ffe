export { SettingsPage } from './SettingsPage';
export { useSettings, useUpdateSettings } from './settings-queries';
