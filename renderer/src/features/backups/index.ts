export { BackupReminder } from './BackupReminder';
export { BackupSection } from './BackupSection';
export { LazyRestoreFlow } from './LazyRestoreFlow';
