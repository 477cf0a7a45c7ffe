import { useId, type Ref } from 'react';
import { PassphraseField } from '../../ui/PassphraseField';
import { PassphraseStrengthMeter } from './PassphraseStrengthMeter';
import type { StrengthCheck } from './use-passphrase-strength';

interface NewPassphraseFieldsProps {
  passphrase: string;
  confirm: string;
  onPassphraseChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  check: StrengthCheck;
  /** "Passphrase" when creating, "New passphrase" when replacing one. */
  label: string;
  autoFocus?: boolean;
  passphraseRef?: Ref<HTMLInputElement>;
  confirmRef?: Ref<HTMLInputElement>;
}

/** A new passphrase, its strength shown while typing, and a second entry to catch typos. */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const reasonId = useId();
  return (
    <>
      <PassphraseField
        name="passphrase"
        label={props.label}
        autoComplete="new-password"
        value={props.passphrase}
        onChange={props.onPassphraseChange}
        autoFocus={props.autoFocus}
        inputRef={props.passphraseRef}
        isRequired
        aria-describedby={reasonId}
      />
      <PassphraseStrengthMeter check={props.check} reasonId={reasonId} />
      <PassphraseField
        name="confirm"
        label={`Confirm ${props.label.toLowerCase()}`}
        autoComplete="new-password"
        value={props.confirm}
        onChange={props.onConfirmChange}
        inputRef={props.confirmRef}
        isRequired
      />
    </>
  );
}
