import { useCallback, useState } from 'react';

/**
 * Per-field messages for a react-aria Form's validationErrors. A field's message goes as soon as
 * its value changes, not on blur (react-aria's default): otherwise the message vanishes between
 * mousedown and mouseup on the submit button below it, the button moves, and the click is lost.
 */
export function useFieldErrors<Field extends string>() {
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const clearError = useCallback((field: Field) => {
    setErrors((current) => {
      if (!(field in current)) return current;
      const rest = { ...current };
      delete rest[field];
      return rest;
    });
  }, []);
  return { errors, setErrors, clearError };
}
