import { useEffect, useRef, type ReactNode } from 'react';
import { Heading } from '../../ui/aria-primitives';
import { Brand } from '../../ui/Brand';

interface LockScreenLayoutProps {
  title: string;
  children: ReactNode;
  /** A quiet line above the title, e.g. why the vault locked. */
  notice?: string | null;
  /** For steps without a field to focus: start reading at the heading instead of the top of the page. */
  focusTitle?: boolean;
  /** Shown above the card: a running session's clock, which names no one. */
  above?: ReactNode;
  /** 'room' keeps the session room's low light (styles/tokens.css). */
  theme?: 'room';
}

/** The frame of every lock-screen step: app name, one heading, one card. Never shows client data. */
export function LockScreenLayout({ title, children, notice, focusTitle = false, above, theme }: LockScreenLayoutProps) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) titleRef.current?.focus();
  }, [focusTitle]);

  return (
    <div className="lock-screen" data-theme={theme}>
      <header className="lock-brand">
        <Brand />
      </header>
      {above}
      <main className="lock-card">
        {notice ? (
          <p className="lock-notice" role="status">
            {notice}
          </p>
        ) : null}
        <Heading level={1} className="lock-title" ref={titleRef} tabIndex={-1}>
          {title}
        </Heading>
        {children}
      </main>
    </div>
  );
}
