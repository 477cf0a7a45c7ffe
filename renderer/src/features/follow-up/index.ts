export { FollowUpPreparationPage } from './FollowUpPreparationPage';
export { FollowUpSettingsSection } from './FollowUpSettingsSection';
export { SessionFollowUps } from './SessionFollowUps';
