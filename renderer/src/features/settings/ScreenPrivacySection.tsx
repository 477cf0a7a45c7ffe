import { describeError } from '../../rpc/error-message';
import { ToggleSwitch } from '../../ui/ChoiceControls';
import { FormAlert } from '../../ui/FormAlert';
import { SettingsSection } from '../../ui/SettingsSection';
import { useSubmit } from '../../ui/use-submit';
import { useScreenFacts, useSettings, useUpdateSettings } from './settings-queries';

/** Hiding the window from screen capture, and what this computer cannot do for the screen (decision 0054). The switch saves at once. */
export function ScreenPrivacySection() {
  const settings = useSettings();
  const screen = useScreenFacts();
  const update = useUpdateSettings();
  const saving = useSubmit();
  const loadError = settings.isError ? settings.error : screen.isError ? screen.error : null;
  return (
    <SettingsSection title="Screen privacy">
      <ToggleSwitch
        isSelected={settings.data?.screenProtection ?? true}
        isDisabled={!settings.data || saving.busy}
        onChange={(screenProtection) => void saving.run(() => update.mutateAsync({ screenProtection }))}
      >
        Hide this window from screenshots and screen sharing
      </ToggleSwitch>
      <p>Turn it off for a supervision call where you share this window. It is on again whenever the vault locks, until you unlock it.</p>
      {screen.data && !screen.data.contentProtection ? (
        <p>This computer’s system does not let apps hide their window from screen capture, so this switch has no effect here.</p>
      ) : null}
      {screen.data && !screen.data.lockEvent ? (
        <p>
          This computer’s system does not tell the app when the screen locks, so the vault locks only after the minutes without activity set under Automatic
          lock. A shorter time, such as 5 minutes, keeps an unattended screen safer.
        </p>
      ) : null}
      <FormAlert>{saving.error ?? (loadError ? describeError(loadError) : null)}</FormAlert>
    </SettingsSection>
  );
}
