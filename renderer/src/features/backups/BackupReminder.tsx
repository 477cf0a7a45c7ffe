import { formatDateTime } from '../../ui/time-text';
import { useState } from 'react';
import { ActionButton } from '../../ui/ActionButton';
import { useSettings } from '../settings';

import { useBackupStatus } from './backups-queries';
import '../../styles/backups.css';
import { useNavigation } from '../../navigation/navigation';

const DAY_MS = 24 * 60 * 60_000;

/** On the client list: when the last good backup was made, and a warning when there is none or it is old. */
export function BackupReminder() {
  const { openSettings } = useNavigation();
  const status = useBackupStatus();
  const settings = useSettings();
  const [now] = useState(() => Date.now());
  if (!status.data || !settings.data) return null;
  const { lastGoodAt, folder, lastFailure } = status.data;
  const warnAfter = settings.data.backupWarnAfterDays;
  const stale = lastGoodAt === null || now - lastGoodAt > warnAfter * DAY_MS;
  const text =
    lastGoodAt === null
      ? folder
        ? 'No backup has been made yet.'
        : 'No backups yet: choose a backup folder in Settings so a copy is made each day.'
      : `Last good backup: ${formatDateTime(lastGoodAt)}.${stale ? ` That is more than ${warnAfter} days ago.` : ''}`;
  return (
    <div className={stale ? 'backup-reminder backup-reminder-warning' : 'backup-reminder'} role={stale ? 'alert' : undefined}>
      <span>
        {text}
        {stale && lastFailure ? ` The last attempt failed: ${lastFailure.message}` : ''}
      </span>
      {stale ? (
        <ActionButton variant="quiet" onPress={openSettings}>
          Open backup settings
        </ActionButton>
      ) : null}
    </div>
  );
}
