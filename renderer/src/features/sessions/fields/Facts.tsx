import { useId } from 'react';

function Fact({ label, value }: { label: string; value: string }) {
  const id = useId();
  return (
    <div>
      <dt id={id}>{label}</dt>
      {/* Named by its term, so "Blood pressure at 40 minutes" finds its value by role and name. */}
      <dd aria-labelledby={id}>{value}</dd>
    </div>
  );
}

/** Label and value pairs shown, not typed: a session's facts, or what a form took from the timeline. */
export function Facts({ facts, className }: { facts: readonly (readonly [label: string, value: string])[]; className?: string }) {
  return (
    <dl className={['facts', className].filter(Boolean).join(' ')}>
      {facts.map(([label, value]) => (
        <Fact key={label} label={label} value={value} />
      ))}
    </dl>
  );
}
