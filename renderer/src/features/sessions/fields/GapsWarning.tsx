import type { ReactNode } from 'react';

interface GapsWarningProps {
  /** Sentences about what is short, each its own line. */
  lines: readonly ReactNode[];
  /** Labels of the checklist items left unticked. */
  unticked: readonly string[];
  /** What the unticked list is about: "Not ticked". */
  untickedLabel: string;
  /** Says that the therapist can go on all the same. */
  footer: string;
}

/** A protocol's guard that warns and never blocks: what is short or missing, by name. Renders nothing when nothing is. */
export function GapsWarning({ lines, unticked, untickedLabel, footer }: GapsWarningProps) {
  if (lines.length === 0 && unticked.length === 0) return null;
  return (
    <div className="discharge-warning" role="status">
      <span className="alert-mark" aria-hidden="true">
        !
      </span>
      <div className="gaps-warning-body">
        {lines.map((line, index) => (
          <p key={index}>{line}</p>
        ))}
        {unticked.length > 0 ? (
          <>
            <p>{untickedLabel}:</p>
            <ul aria-label={untickedLabel}>
              {unticked.map((label) => (
                <li key={label}>{label}</li>
              ))}
            </ul>
          </>
        ) : null}
        <p>{footer}</p>
      </div>
    </div>
  );
}
