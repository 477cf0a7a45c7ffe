import { PageHeader } from '../../ui/PageHeader';
import { ExportSettingsSection } from '../exports';
import { BackupSection } from '../backups';
import { NotesSettingsSection } from '../notes';
import { CueSoundSection, ProtocolsSection, VitalThresholdsSection } from '../protocols';
import { PromptLibrarySection } from '../prompts';
import { ChangePassphraseSection } from './ChangePassphraseSection';
import { IdleLockSection } from './IdleLockSection';
import { KeyRotationSection } from './KeyRotationSection';
import { RecoveryCodeSection } from './RecoveryCodeSection';
import { ScreenPrivacySection } from './ScreenPrivacySection';
import '../../styles/settings.css';

export function SettingsPage() {
  return (
    <div className="settings-page">
      <PageHeader title="Settings" />
      <IdleLockSection />
      <ScreenPrivacySection />
      <BackupSection />
      <NotesSettingsSection />
      <ProtocolsSection />
      <VitalThresholdsSection />
      <CueSoundSection />
      <PromptLibrarySection />
      <ChangePassphraseSection />
      <RecoveryCodeSection />
      <KeyRotationSection />
      <ExportSettingsSection />
    </div>
  );
}
