import { useCallback, useRef, useState, type RefObject } from 'react';
import type { ErrorCode } from '../../../shared/contract';
import { isRpcError, type RpcError } from '../../../shared/contract/errors';
import { describeError } from '../rpc/error-message';
import { useFieldErrors } from './use-field-errors';

/** Where an error code belongs to one field: said on that field, not above the buttons. */
export interface FieldForCode<Field extends string> {
  field: Field;
  /** What to say there; a function reads main's own message (e.g. why a passphrase is too weak). */
  message: string | ((error: RpcError) => string);
}

export interface SubmitOptions<Field extends string> {
  /** Codes said on a field, e.g. WRONG_SECRET on the passphrase. */
  fieldCodes?: Partial<Record<ErrorCode, FieldForCode<Field>>>;
  /** Sentences for other codes, where this screen can say more than the general one. */
  errorOverrides?: Partial<Record<ErrorCode, string>>;
  /** Replaces describeError for the sentence above the buttons (backups say main's own words). */
  describe?: (error: unknown) => string;
  /** The inputs to focus when their field has a message, in the order they stand on screen. */
  fieldRefs?: Partial<Record<Field, RefObject<HTMLInputElement | null>>>;
}

/**
 * The one way a form or dialog submits: busy while its action runs (a second submit meanwhile is
 * ignored), the error sentence if it fails (describeError, or the screen's own), field messages
 * for codes that belong to a field (focusing it), and `done` once it succeeded (for "Saved.").
 *
 * The action is usually a react-query mutation's `mutateAsync`: the mutation hooks in each
 * feature's *-queries.ts keep the cache right (setQueryData, invalidation) and nothing else; what
 * the screen shows while and after it runs comes from here, never from the mutation's own
 * isPending/isError. That also covers work done before the call (saving a draft first, checking a
 * passphrase's strength), which a mutation's state would not.
 */
export function useSubmit<Field extends string = never>({ fieldCodes, errorOverrides, describe, fieldRefs }: SubmitOptions<Field> = {}) {
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { errors: fieldErrors, setErrors: setFieldErrors, clearError: clearFieldError } = useFieldErrors<Field>();

  const focusFirst = useCallback(
    (problems: Partial<Record<Field, string>>) => {
      const first = (Object.keys(fieldRefs ?? {}) as Field[]).find((field) => problems[field]);
      if (first) fieldRefs?.[first]?.current?.focus();
    },
    [fieldRefs],
  );

  /**
   * Shows these field messages (replacing the last ones) and focuses the first; true when there
   * are any, and then the last attempt's sentence goes too (it no longer describes this one).
   */
  const showProblems = useCallback(
    (problems: Partial<Record<Field, string | undefined>>): boolean => {
      const present = Object.fromEntries(Object.entries(problems).filter(([, message]) => message)) as Partial<Record<Field, string>>;
      const any = Object.keys(present).length > 0;
      setFieldErrors(present);
      focusFirst(present);
      if (any) setError(null);
      return any;
    },
    [focusFirst, setFieldErrors],
  );

  /** Runs the action once; resolves true when it succeeded. */
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    if (busyRef.current) return false;
    busyRef.current = true;
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await action();
      setDone(true);
      return true;
    } catch (failure) {
      const forField = isRpcError(failure) ? fieldCodes?.[failure.code] : undefined;
      if (forField && isRpcError(failure)) {
        const message = typeof forField.message === 'function' ? forField.message(failure) : forField.message;
        showProblems({ [forField.field]: message } as Partial<Record<Field, string>>);
      } else {
        setError(describe ? describe(failure) : describeError(failure, errorOverrides));
      }
      return false;
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  /** A field changed: "Saved." no longer describes what is on screen. */
  const markChanged = useCallback(() => setDone(false), []);

  /** A setter that also says the form changed (for forms that show "Saved."). */
  const tracked =
    <T>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      markChanged();
    };

  /** A field's name and onChange: the change is stored and the field's message goes (see useFieldErrors). */
  const bind = <T>(field: Field, set: (value: T) => void) => ({
    name: field,
    onChange: (value: T) => {
      set(value);
      clearFieldError(field);
    },
  });

  /** What a SubmitForm or FormDialog shows of this submit (busy, the sentence, the field messages): spread it on the form. */
  const formProps = { busy, error, validationErrors: fieldErrors };

  return { busy, error, done, fieldErrors, formProps, run, showProblems, clearFieldError, markChanged, tracked, bind };
}

export type Submit<Field extends string = never> = ReturnType<typeof useSubmit<Field>>;
