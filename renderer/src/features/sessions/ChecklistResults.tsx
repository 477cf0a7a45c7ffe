import { Heading } from '../../ui/aria-primitives';
import type { Session } from '../../../../shared/contract';
import { checklistResults } from '../../../../shared/session/checklist-gaps';

function ChecklistResult({ title, items, recorded }: { title: string; items: Session['protocol']['readinessChecklist']; recorded: Record<string, boolean> }) {
  const results = checklistResults(items, recorded);
  return (
    <div className="checklist-result">
      <Heading level={3} className="field-label">
        {title}: {results.filter((result) => result.ticked).length} of {results.length} ticked
      </Heading>
      <ul aria-label={title}>
        {results.map(({ label, ticked }) => (
          <li key={label} data-ticked={ticked}>
            {label}
            {ticked ? null : <span className="checklist-result-missing">: not ticked</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What was ticked at check-in and at discharge, and what was not, against the session's own protocol. */
export function ChecklistResults({ session }: { session: Session }) {
  return (
    <section className="checklist-results" aria-labelledby="checklist-results-title">
      <Heading level={2} id="checklist-results-title" className="section-title">
        Checklists
      </Heading>
      <ChecklistResult title="Ready for the dose (check-in)" items={session.protocol.readinessChecklist} recorded={session.readiness} />
      <ChecklistResult title="Before the client leaves (discharge)" items={session.protocol.dischargeChecklist} recorded={session.dischargeChecklist} />
    </section>
  );
}
