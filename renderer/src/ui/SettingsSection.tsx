import { useId, type ReactNode } from 'react';
import { Heading } from 'react-aria-components';

/** One card on the settings page, named by its heading so it reads as a region. */
export function SettingsSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} className="section-title">
        {title}
      </Heading>
      {children}
    </section>
  );
}
