import { PageHeader } from '../../ui/PageHeader';
import { ExportSettingsSection } from '../exports/ExportSettingsSection';
import { BackupSection } from '../backups/BackupSection';
import { NotesSettingsSection } from '../notes/NotesSettingsSection';
import { CueSoundSection } from '../protocols/CueSoundSection';
import { ProtocolsSection } from '../protocols/ProtocolsSection';
import { VitalThresholdsSection } from '../protocols/VitalThresholdsSection';
import { PromptLibrarySection } from '../prompts/PromptLibrarySection';
import { ChangePassphraseSection } from './ChangePassphraseSection';
import { IdleLockSection } from './IdleLockSection';
import { KeyRotationSection } from './KeyRotationSection';
import { RecoveryCodeSection } from './RecoveryCodeSection';
import '../../styles/settings.css';

export function SettingsPage() {
  return (
    <div className="settings-page">
      <PageHeader title="Settings" />
      <IdleLockSection />
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
