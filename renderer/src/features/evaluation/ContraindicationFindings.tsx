import type { Evaluation } from '../../../../shared/contract';

type Finding = Evaluation['contraindications'][number];

const labels = (findings: readonly Finding[]) => findings.map((finding) => (finding.note ? `${finding.label} (${finding.note})` : finding.label)).join('; ');

/** The checklist as recorded, briefly: what is present first and marked, then what was absent and what was not asked. */
export function ContraindicationFindings({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return <p className="hint">No checklist was asked.</p>;
  const present = findings.filter((finding) => finding.answer === 'present');
  const absent = findings.filter((finding) => finding.answer === 'absent');
  const notAsked = findings.filter((finding) => finding.answer === 'not-asked');
  return (
    <dl className="evaluation-findings">
      <div className={present.length > 0 ? 'evaluation-findings-present' : undefined}>
        <dt>Present</dt>
        <dd>{present.length > 0 ? labels(present) : 'None'}</dd>
      </div>
      <div>
        <dt>Absent</dt>
        <dd>{absent.length > 0 ? labels(absent) : 'None'}</dd>
      </div>
      {notAsked.length > 0 ? (
        <div>
          <dt>Not asked</dt>
          <dd>{labels(notAsked)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
