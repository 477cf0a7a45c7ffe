import { useCallback, type Ref } from 'react';
import { Button, type ButtonProps } from 'react-aria-components';

type Variant = 'primary' | 'secondary' | 'quiet' | 'danger';

interface ActionButtonProps extends Omit<ButtonProps, 'className' | 'isPending'> {
  variant?: Variant;
  className?: string;
  ref?: Ref<HTMLButtonElement>;
  /**
   * Shows a spinner while the action runs. Not react-aria's isPending: its announcement points at
   * the button by id, and most of our buttons are gone (next step shown) by the time it is read.
   * Forms ignore a second submit while busy, so Enter pressed twice starts one slow key derivation.
   */
  busy?: boolean;
  /** The key that does the same from anywhere (aria-keyshortcuts syntax), told to assistive technology. */
  keyShortcut?: string;
}

/** Sets a ref, whichever kind it is. */
function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/** The app's one button: react-aria's Button (keyboard, press and focus-visible handling) with our look. */
export function ActionButton({ variant = 'secondary', className, busy = false, keyShortcut, ref, ...props }: ActionButtonProps) {
  // react-aria's Button passes only the DOM attributes it knows, and aria-keyshortcuts is not one of them.
  const setButton = useCallback(
    (button: HTMLButtonElement | null) => {
      if (keyShortcut) button?.setAttribute('aria-keyshortcuts', keyShortcut);
      else button?.removeAttribute('aria-keyshortcuts');
      assignRef(ref, button);
    },
    [keyShortcut, ref],
  );
  return <Button {...props} ref={setButton} data-busy={busy || undefined} className={['button', `button-${variant}`, className].filter(Boolean).join(' ')} />;
}
