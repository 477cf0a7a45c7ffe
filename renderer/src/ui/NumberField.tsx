import { useContext, useEffect, useId, useState, type Ref } from 'react';
import { Button, FieldError, Group, Input, Text, TextField, useLocale } from 'react-aria-components';
import { boundsRefusal, formatNumberText, readNumberText, type NumberBounds } from './number-text';
import { RefusedNumbersContext } from './refused-numbers';
import { RowLabel } from './RowLabel';

export interface NumberFieldProps {
  label: string;
  /** For fields in a row under visible column headings: the label is still there for screen readers. */
  labelHidden?: boolean;
  /** ", row 2": heard after the label, not seen (ui/RowLabel). */
  labelSuffix?: string;
  description?: string;
  /** The field's name in its form: where the form's message for it is said. */
  name?: string;
  /** NaN: empty. */
  value: number;
  /** The number typed; NaN when the field is empty, holds text that is not a number here, or a number outside its bounds. */
  onChange: (value: number) => void;
  /** How many decimals the number may have (0: whole numbers). */
  decimals: number;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  isDisabled?: boolean;
  /** The range the number must be in (and whether it is required): outside it, the field says so and its form does not submit. */
  bounds?: NumberBounds;
  /** − and + buttons beside the field, stepping by one within the bounds (settings). */
  stepper?: boolean;
}

/**
 * A number with label, hint and error, read strictly in the user's locale (ui/number-text): what
 * is not a plain number is refused, never read as another number ("12,5" is not 125 in English,
 * "1e9" is not 19), and the text is never rewritten. The reason shows when the field is left (not
 * while typing) and stays until the text changes; the caller meanwhile gets NaN, and the form
 * does not submit (ui/refused-numbers). A number outside the field's bounds is refused the same
 * way, naming the range: a slip (1800 for 180, 0 minutes) is never clamped to the nearest bound.
 */
export function NumberField({
  label,
  labelHidden = false,
  labelSuffix,
  description,
  name,
  value,
  onChange,
  decimals,
  autoFocus,
  inputRef,
  className,
  isDisabled,
  bounds,
  stepper = false,
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
  const refusal = reading.kind === 'refused' ? reading.reason : bounds ? boundsRefusal(reading, bounds) : null;
  const shownRefusal = revealed ? refusal : null;

  const refusedNumbers = useContext(RefusedNumbersContext);
  useEffect(() => {
    if (!refusedNumbers || refusal === null) return;
    refusedNumbers.report(inputId, () => setRevealed(true));
    return () => refusedNumbers.report(inputId, null);
  }, [refusedNumbers, inputId, refusal]);

  const change = (next: string) => {
    const read = readNumberText(next, { locale, decimals });
    const inBounds = !bounds || boundsRefusal(read, bounds) === null;
    const number = read.kind === 'number' && inBounds ? read.value : Number.NaN;
    setText(next);
    setRevealed(false);
    setShownValue(number);
    onChange(number);
  };

  const stepBy = (delta: number) => {
    // From what the field shows, even a number outside the bounds (0 steps up to 1); an empty field starts at the minimum.
    const next = reading.kind === 'number' ? reading.value + delta : (bounds?.min ?? 0);
    change(formatNumberText(bounds ? Math.min(bounds.max, Math.max(bounds.min, next)) : next, { locale, decimals }));
  };
  const input = <Input ref={inputRef} inputMode={decimals > 0 ? 'decimal' : 'numeric'} autoComplete="off" className="field-input number-input" />;

  return (
    <TextField
      id={inputId}
      name={name}
      value={text}
      onChange={change}
      onBlur={() => setRevealed(true)}
      isInvalid={shownRefusal ? true : undefined}
      isDisabled={isDisabled}
      isRequired={bounds?.required}
      autoFocus={autoFocus}
      className={['field', 'number-input-field', className].filter(Boolean).join(' ')}
    >
      <RowLabel label={label} suffix={labelSuffix} hidden={labelHidden} />
      {stepper ? (
        <Group className="number-group">
          <Button aria-label={`Decrease: ${label}`} className="number-step" isDisabled={isDisabled} onPress={() => stepBy(-1)}>
            −
          </Button>
          {input}
          <Button aria-label={`Increase: ${label}`} className="number-step" isDisabled={isDisabled} onPress={() => stepBy(1)}>
            +
          </Button>
        </Group>
      ) : (
        input
      )}
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{(validation) => shownRefusal ?? validation.validationErrors.join(' ')}</FieldError>
    </TextField>
  );
}
