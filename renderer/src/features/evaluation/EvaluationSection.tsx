import { useId, useState } from 'react';
import type { Evaluation, SessionSummary } from '../../../../shared/contract';
import { CANDIDACY_LABELS } from '../../../../shared/evaluation/evaluation-types';
import { Button, Disclosure, DisclosurePanel, Heading } from '../../ui/aria-primitives';
import { ActionButton } from '../../ui/ActionButton';
import { QueryView } from '../../ui/QueryView';
import { formatCalendarDate } from '../../ui/time-text';
import { useSettings } from '../settings';
import { BaselineMeasures } from './BaselineMeasures';
import { EvaluationDialog } from './EvaluationDialog';
import { useClientEvaluations } from './evaluation-queries';
import { EvaluationSummary } from './EvaluationSummary';
import './evaluation.css';

interface EvaluationSectionProps {
  clientId: string;
  sessions: readonly SessionSummary[];
  /** Archived clients keep their evaluations on view; nothing is recorded or edited. */
  archived: boolean;
}

type Editing = { kind: 'new' } | { kind: 'edit'; evaluation: Evaluation };

/** The client's latest evaluation with its baseline measures, a way to record a new one or edit it, and the earlier ones. */
export function EvaluationSection({ clientId, sessions, archived }: EvaluationSectionProps) {
  const headingId = useId();
  const evaluations = useClientEvaluations(clientId);
  const settings = useSettings();
  const [editing, setEditing] = useState<Editing | null>(null);

  return (
    <section className="record-section" aria-labelledby={headingId}>
      <div className="record-section-header">
        <Heading level={2} id={headingId} className="section-title">
          Evaluation
        </Heading>
        <ActionButton onPress={() => setEditing({ kind: 'new' })} isDisabled={archived || !settings.data}>
          Record evaluation
        </ActionButton>
      </div>
      <QueryView query={evaluations} loading="Loading evaluations…">
        {(list) => {
          const [latest, ...earlier] = list;
          if (!latest) return <p className="hint">No evaluation yet. Record one before the first dosing session.</p>;
          return (
            <>
              <div className="card evaluation-latest">
                <div className="record-section-header">
                  <Heading level={3} className="evaluation-title">
                    Evaluation of {formatCalendarDate(latest.evaluatedOn)}
                  </Heading>
                  <ActionButton variant="quiet" onPress={() => setEditing({ kind: 'edit', evaluation: latest })} isDisabled={archived}>
                    Edit
                  </ActionButton>
                </div>
                <EvaluationSummary evaluation={latest} />
                <BaselineMeasures clientId={clientId} evaluatedOn={latest.evaluatedOn} sessions={sessions} archived={archived} />
              </div>
              {earlier.length > 0 ? <EarlierEvaluations evaluations={earlier} /> : null}
            </>
          );
        }}
      </QueryView>
      {editing?.kind === 'new' && settings.data ? (
        <EvaluationDialog clientId={clientId} checklist={settings.data.contraindications} onClose={() => setEditing(null)} />
      ) : null}
      {editing?.kind === 'edit' ? <EvaluationDialog clientId={clientId} editing={editing.evaluation} onClose={() => setEditing(null)} /> : null}
    </section>
  );
}

/** Earlier evaluations, latest first, each opened in place. */
function EarlierEvaluations({ evaluations }: { evaluations: readonly Evaluation[] }) {
  const headingId = useId();
  return (
    <div className="evaluation-earlier">
      <Heading level={3} id={headingId} className="evaluation-title">
        Earlier evaluations
      </Heading>
      <ul className="plain-list" aria-labelledby={headingId}>
        {evaluations.map((evaluation) => (
          <li key={evaluation.id}>
            <Disclosure>
              <Heading level={4} className="disclosure-heading">
                <Button slot="trigger" className="button button-quiet disclosure-trigger">
                  <span className="disclosure-chevron" aria-hidden="true" />
                  Evaluation of {formatCalendarDate(evaluation.evaluatedOn)}: {CANDIDACY_LABELS[evaluation.candidacy]}
                </Button>
              </Heading>
              <DisclosurePanel>
                <div className="card">
                  <EvaluationSummary evaluation={evaluation} subheadingLevel={5} />
                </div>
              </DisclosurePanel>
            </Disclosure>
          </li>
        ))}
      </ul>
    </div>
  );
}
