export { ConfirmGroupForm } from './ConfirmGroupForm';
export { LockScreen } from './LockScreen';
export { NewPassphraseFields } from './NewPassphraseFields';
export { RecoveryCodeCard } from './RecoveryCodeCard';
export { newPassphraseProblems } from './new-passphrase-problems';
export { registerPendingWrite } from './pending-writes';
export { useReportCopies } from './report-copies';
export { estimateWhenReady, usePassphraseStrength } from './use-passphrase-strength';
export { askFirstSession, useVaultSession, VaultSessionProvider, type VaultSession } from './vault-session';
