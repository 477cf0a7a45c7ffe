export { FollowUpPreparationPage } from './FollowUpPreparationPage';
export { FollowUpSettingsSection } from './FollowUpSettingsSection';
