import { useState } from 'react';
import type { SessionSummary } from '../../../../shared/contract';
import { baselineMeasures } from '../../../../shared/evaluation/baseline-measures';
import { MEASURE_KINDS, type MeasureKind, QUESTIONNAIRES } from '../../../../shared/measures/questionnaires';
import { ITEM9_FLAG_TEXT } from '../../../../shared/measures/scoring';
import { Heading } from '../../ui/aria-primitives';
import { ActionButton } from '../../ui/ActionButton';
import { QueryView } from '../../ui/QueryView';
import { formatCalendarDate } from '../../ui/time-text';
import { RecordMeasureDialog, scoreText, useClientMeasures } from '../measures';

interface BaselineMeasuresProps {
  clientId: string;
  evaluatedOn: string;
  sessions: readonly SessionSummary[];
  archived: boolean;
}

/**
 * The PHQ-9 and GAD-7 the evaluation stands on, read from the client's measures (never stored twice):
 * the latest on or before its date, else the first after. One missing is offered to record.
 */
export function BaselineMeasures({ clientId, evaluatedOn, sessions, archived }: BaselineMeasuresProps) {
  const measures = useClientMeasures(clientId);
  const [recording, setRecording] = useState<MeasureKind | null>(null);
  return (
    <div className="evaluation-baseline">
      <Heading level={4} className="evaluation-subtitle">
        Baseline measures
      </Heading>
      <QueryView query={measures} loading="Loading measures…">
        {(list) => {
          const baselines = baselineMeasures(list, evaluatedOn);
          return (
            <ul className="plain-list">
              {MEASURE_KINDS.map((kind) => {
                const measure = baselines[kind];
                const name = QUESTIONNAIRES[kind].name;
                return (
                  <li key={kind} className="baseline-row">
                    {measure ? (
                      <span>
                        {name}: {scoreText(measure)}, taken {formatCalendarDate(measure.takenOn)}
                        {measure.safetyFlag ? <span className="measure-flag"> {ITEM9_FLAG_TEXT}</span> : null}
                      </span>
                    ) : (
                      <>
                        <span>{name}: none recorded.</span>
                        <ActionButton variant="quiet" onPress={() => setRecording(kind)} isDisabled={archived}>
                          Record baseline {name}
                        </ActionButton>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          );
        }}
      </QueryView>
      {recording !== null ? <RecordMeasureDialog clientId={clientId} kind={recording} sessions={sessions} onClose={() => setRecording(null)} /> : null}
    </div>
  );
}
