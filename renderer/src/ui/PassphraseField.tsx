import { useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { Input, Label, TextField, type TextFieldProps } from 'react-aria-components';
import { ActionButton } from './ActionButton';
import { FieldHelp } from './FieldHelp';

interface PassphraseFieldProps extends Omit<TextFieldProps, 'children' | 'className' | 'type'> {
  label: string;
  description?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
  autoComplete: 'current-password' | 'new-password';
}

/**
 * A masked passphrase input with a Show toggle (long passphrases are easy to mistype) and a
 * Caps Lock hint, the most common reason a correct passphrase is refused.
 */
export function PassphraseField({ label, description, inputRef, autoComplete, ...props }: PassphraseFieldProps) {
  const [visible, setVisible] = useState(false);
  const [capsLockOn, setCapsLockOn] = useState(false);
  const noteCapsLock = (event: KeyboardEvent) => setCapsLockOn(event.getModifierState('CapsLock'));

  return (
    <TextField {...props} type={visible ? 'text' : 'password'} className="field">
      <Label className="field-label">{label}</Label>
      <div className="passphrase-row">
        <Input
          ref={inputRef}
          className="field-input"
          autoComplete={autoComplete}
          spellCheck={false}
          autoCapitalize="off"
          onKeyDown={noteCapsLock}
          onKeyUp={noteCapsLock}
        />
        {/* Not react-aria's ToggleButton: it pulls toggle-group, toolbar and locale code (an Intl start-up) into the lock screen. */}
        <ActionButton
          variant="quiet"
          className="reveal-toggle"
          aria-pressed={visible}
          onPress={() => setVisible((shown) => !shown)}
          aria-label={`Show ${label.toLowerCase()}`}
        >
          Show
        </ActionButton>
      </div>
      {capsLockOn ? <p className="field-warning">Caps Lock is on.</p> : null}
      <FieldHelp description={description} />
    </TextField>
  );
}
