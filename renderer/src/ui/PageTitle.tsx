import { useRef, type ReactNode } from 'react';
import { Heading } from 'react-aria-components';
import { useArrivalFocus } from '../navigation/arrival-focus';

/** A page's one h1: focusable, and focused when the therapist arrives on the page. */
export function PageTitle({ className = 'page-title', children }: { className?: string; children: ReactNode }) {
  const title = useRef<HTMLHeadingElement>(null);
  useArrivalFocus(title);
  return (
    <Heading level={1} className={className} tabIndex={-1} ref={title}>
      {children}
    </Heading>
  );
}
