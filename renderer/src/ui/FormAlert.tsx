import type { ReactNode } from 'react';

/** A form-level problem (not tied to one field), announced as soon as it appears. */
export function FormAlert({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div role="alert" className="form-alert">
      {children}
    </div>
  );
}
