import type { ReactNode } from 'react';
import { Heading } from 'react-aria-components';

/** A page's title (focusable, so navigation can move focus to it) with the page's main actions beside it. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="page-header">
      <Heading level={1} className="page-title" tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </div>
  );
}
