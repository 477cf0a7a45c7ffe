import type { Ref } from 'react';
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
}

/** The app's one button: react-aria's Button (keyboard, press and focus-visible handling) with our look. */
export function ActionButton({ variant = 'secondary', className, busy = false, ...props }: ActionButtonProps) {
  return <Button {...props} data-busy={busy || undefined} className={['button', `button-${variant}`, className].filter(Boolean).join(' ')} />;
}
