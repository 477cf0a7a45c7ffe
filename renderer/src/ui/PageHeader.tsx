import type { ReactNode } from 'react';
import { PageTitle } from './PageTitle';

/** A page's title (focusable, so navigation can move focus to it) with the page's main actions beside it. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="page-header">
      <PageTitle>{title}</PageTitle>
      {children}
    </div>
  );
}
