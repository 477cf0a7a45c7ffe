export { LockedSessionClock } from './LockedSessionClock';
export { SessionPage } from './SessionPage';
export { playCueChime } from './cue-chime';
export { RemsPendingPanel } from './rems/RemsPendingPanel';
export { describeDeadline } from './rems/rems-deadline';
export { usePlanSession, useSessionHistory } from './session-queries';
export { useSessionInProgress, wasSessionInProgress } from './session-in-progress';
export { useSessionToResume } from './use-session-to-resume';
export { useNow } from './use-now';
