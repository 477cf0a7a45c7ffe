import { useContext, useEffect, useId, useState, type Ref } from 'react';
import { FieldError, Input, Label, Text, TextField, useLocale } from 'react-aria-components';
import { formatNumberText, readNumberText } from './number-text';
import { RefusedNumbersContext } from './refused-numbers';

export interface NumberFieldProps {
  label: string;
  /** For fields in a row under visible column headings: the label is still there for screen readers. */
  labelHidden?: boolean;
  description?: string;
  /** The field's name in its form: where the form's message for it is said. */
  name?: string;
  /** NaN: empty. */
  value: number;
  /** The number typed; NaN when the field is empty or holds text that is not a number here. */
  onChange: (value: number) => void;
  /** How many decimals the number may have (0: whole numbers). */
  decimals: number;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  isDisabled?: boolean;
}

/**
 * A number with label, hint and error, read strictly in the user's locale (ui/number-text): what
 * is not a plain number is refused, never read as another number ("12,5" is not 125 in English,
 * "1e9" is not 19), and the text is never rewritten. The reason shows when the field is left (not
 * while typing) and stays until the text changes; the caller meanwhile gets NaN, and the form
 * does not submit (ui/refused-numbers). No min/max here on purpose: callers check ranges and name
 * the problem, rather than a slip (1800 for 180) being clamped to the nearest bound.
 */
export function NumberField({
  label,
  labelHidden = false,
  description,
  name,
  value,
  onChange,
  decimals,
  autoFocus,
  inputRef,
  className,
  isDisabled,
}: NumberFieldProps) {
  const { locale } = useLocale();
  const inputId = useId();
  const [text, setText] = useState(() => formatNumberText(value, { locale, decimals }));
  // The value the text stands for; a different one from the caller is a change from outside (a prefill).
  const [shownValue, setShownValue] = useState(value);
  const [revealed, setRevealed] = useState(false);
  if (!Object.is(value, shownValue)) {
    setShownValue(value);
    setText(formatNumberText(value, { locale, decimals }));
    setRevealed(false);
  }
  const reading = readNumberText(text, { locale, decimals });
  const refusal = reading.kind === 'refused' ? reading.reason : null;
  const shownRefusal = revealed ? refusal : null;

  const refusedNumbers = useContext(RefusedNumbersContext);
  useEffect(() => {
    if (!refusedNumbers || refusal === null) return;
    refusedNumbers.report(inputId, () => setRevealed(true));
    return () => refusedNumbers.report(inputId, null);
  }, [refusedNumbers, inputId, refusal]);

  const change = (next: string) => {
    const read = readNumberText(next, { locale, decimals });
    const number = read.kind === 'number' ? read.value : Number.NaN;
    setText(next);
    setRevealed(false);
    setShownValue(number);
    onChange(number);
  };

  return (
    <TextField
      id={inputId}
      name={name}
      value={text}
      onChange={change}
      onBlur={() => setRevealed(true)}
      isInvalid={shownRefusal ? true : undefined}
      isDisabled={isDisabled}
      autoFocus={autoFocus}
      className={['field', 'number-input-field', className].filter(Boolean).join(' ')}
    >
      <Label className={labelHidden ? 'visually-hidden' : 'field-label'}>{label}</Label>
      <Input ref={inputRef} inputMode={decimals > 0 ? 'decimal' : 'numeric'} autoComplete="off" className="field-input number-input" />
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{(validation) => shownRefusal ?? validation.validationErrors.join(' ')}</FieldError>
    </TextField>
  );
}
