export { AppShell } from './AppShell';
export { useIdleLock } from './use-idle-lock';
export { useLockShortcut } from './lock-shortcut';
