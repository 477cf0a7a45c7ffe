import { useRef, useState } from 'react';
import { HANDOVER_PIN, HANDOVER_PIN_ATTEMPTS, isPinShaped } from '../../../../shared/measures/handover-pin';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { PassphraseField } from '../../ui/PassphraseField';
import { QueryView } from '../../ui/QueryView';
import { SettingsSection } from '../../ui/SettingsSection';
import { SubmitForm } from '../../ui/SubmitForm';
import { useSubmit } from '../../ui/use-submit';
import { useHandoverPinStatus, useRemoveHandoverPin, useSetHandoverPin } from './handover-queries';

const PIN_RULE = `${HANDOVER_PIN.minLength} to ${HANDOVER_PIN.maxLength} digits`;

/** Remounted after a change, so both fields empty at once. */
function SetPinForm({ pinSet, onSaved }: { pinSet: boolean; onSaved: () => void }) {
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const pinRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const setHandoverPin = useSetHandoverPin();
  const saving = useSubmit<'pin' | 'confirm'>({ fieldRefs: { pin: pinRef, confirm: confirmRef } });

  const submit = () =>
    void saving.run(async () => {
      const problems = {
        pin: isPinShaped(pin) ? undefined : `Use ${PIN_RULE}.`,
        confirm: isPinShaped(pin) && confirm !== pin ? 'The two PINs differ.' : undefined,
      };
      if (saving.showProblems(problems)) return;
      await setHandoverPin.mutateAsync({ pin });
      onSaved();
    });

  return (
    <SubmitForm submitLabel={pinSet ? 'Change the PIN' : 'Set the PIN'} {...saving.formProps} onSubmit={submit}>
      <PassphraseField
        label={pinSet ? 'New PIN' : 'PIN'}
        description={PIN_RULE}
        autoComplete="new-password"
        inputMode="numeric"
        maxLength={HANDOVER_PIN.maxLength}
        value={pin}
        {...saving.bind('pin', setPin)}
        inputRef={pinRef}
        isRequired
      />
      <PassphraseField
        label="The same PIN again"
        autoComplete="new-password"
        inputMode="numeric"
        maxLength={HANDOVER_PIN.maxLength}
        value={confirm}
        {...saving.bind('confirm', setConfirm)}
        inputRef={confirmRef}
        isRequired
      />
    </SubmitForm>
  );
}

/** The short PIN that takes the screen back from a client filling in a questionnaire; the passphrase always works too. */
export function HandoverPinSection() {
  const pinSet = useHandoverPinStatus();
  const removePin = useRemoveHandoverPin();
  const removing = useSubmit();
  const [saves, setSaves] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = () =>
    void removing.run(async () => {
      await removePin.mutateAsync({});
      setNotice('PIN removed. Your passphrase takes the screen back.');
    });

  return (
    <SettingsSection title="Hand-over PIN">
      <p>
        When you hand the screen to a client for a questionnaire, this PIN or your passphrase takes it back. It is stored only as a slow hash in the vault.
        After {HANDOVER_PIN_ATTEMPTS} wrong PINs in one hand-over, only the passphrase works.
      </p>
      <QueryView query={pinSet} loading="Loading…">
        {(isSet) => (
          <>
            <p role="status" className="saved-note">
              {notice ?? (isSet ? 'A PIN is set.' : 'No PIN is set: your passphrase takes the screen back.')}
            </p>
            <SetPinForm
              key={saves}
              pinSet={isSet}
              onSaved={() => {
                setSaves((count) => count + 1);
                setNotice('PIN saved.');
              }}
            />
            {isSet ? (
              <div className="actions">
                <ActionButton busy={removing.busy} onPress={remove}>
                  Remove the PIN
                </ActionButton>
              </div>
            ) : null}
            <FormAlert>{removing.error}</FormAlert>
          </>
        )}
      </QueryView>
    </SettingsSection>
  );
}
