import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { ToggleSwitch } from '../../ui/ChoiceControls';
import { FormAlert } from '../../ui/FormAlert';
import { useSubmit } from '../../ui/use-submit';
import { playCueChime } from '../sessions';
import { SettingsSection } from '../../ui/SettingsSection';
import { useSettings, useUpdateSettings } from '../settings';
import './protocols.css';

/** Cues are silent unless the therapist wants a sound; the switch saves at once. */
export function CueSoundSection() {
  const settings = useSettings();
  const update = useUpdateSettings();
  const saving = useSubmit();
  return (
    <SettingsSection title="Cue sound">
      <p>When a cue comes due in the session room it is shown quietly. You can add a short, soft tone.</p>
      <div className="cue-sound-row">
        <ToggleSwitch
          isSelected={settings.data?.cueSound ?? false}
          isDisabled={!settings.data || saving.busy}
          onChange={(cueSound) => void saving.run(() => update.mutateAsync({ cueSound }))}
        >
          Play a soft tone when a cue comes due
        </ToggleSwitch>
        <ActionButton variant="quiet" onPress={playCueChime}>
          Hear it
        </ActionButton>
      </div>
      <FormAlert>{saving.error ?? (settings.isError ? describeError(settings.error) : null)}</FormAlert>
    </SettingsSection>
  );
}
