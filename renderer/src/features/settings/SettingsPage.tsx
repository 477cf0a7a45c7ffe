import { PageHeader } from '../../ui/PageHeader';
import { AuditLogSection } from '../audit';
import { ExportSettingsSection } from '../exports';
import { BackupSection } from '../backups';
import { HandoverPinSection } from '../handover';
import { ContraindicationsSettingsSection } from '../evaluation';
import { FollowUpSettingsSection } from '../follow-up';
import { NotesSettingsSection } from '../notes';
import { CueSoundSection, ProtocolsSection, VitalThresholdsSection } from '../protocols';
import { PromptLibrarySection } from '../prompts';
import { SideEffectItemsSection } from '../side-effects';
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
      <SideEffectItemsSection />
      <CueSoundSection />
      <PromptLibrarySection />
      <ContraindicationsSettingsSection />
      <FollowUpSettingsSection />
      <ChangePassphraseSection />
      <HandoverPinSection />
      <RecoveryCodeSection />
      <KeyRotationSection />
      <ExportSettingsSection />
      <AuditLogSection />
    </div>
  );
}
