import type { ReactNode } from 'react';
import { Switch, type SwitchProps } from 'react-aria-components';

interface ToggleSwitchProps extends Omit<SwitchProps, 'children' | 'className'> {
  className?: string;
  children: ReactNode;
}

/** react-aria's Switch with the app's drawn track: the label is its accessible name. */
export function ToggleSwitch({ className, children, ...props }: ToggleSwitchProps) {
  return (
    <Switch {...props} className={['switch', className].filter(Boolean).join(' ')}>
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      {children}
    </Switch>
  );
}
