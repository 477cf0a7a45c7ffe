import { Heading } from 'react-aria-components';
import { ChangePassphraseSection } from './ChangePassphraseSection';
import { IdleLockSection } from './IdleLockSection';
import { RecoveryCodeSection } from './RecoveryCodeSection';
import '../../styles/settings.css';

export function SettingsPage() {
  return (
    <div className="settings-page">
      <div className="page-header">
        <Heading level={1} className="page-title" tabIndex={-1}>
          Settings
        </Heading>
      </div>
      <IdleLockSection />
      <ChangePassphraseSection />
      <RecoveryCodeSection />
    </div>
  );
}
