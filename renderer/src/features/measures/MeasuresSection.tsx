import { lazy, Suspense, useId, useState } from 'react';
import { localCalendarDate } from '../../../../shared/calendar-date';
import type { Measure, SessionSummary } from '../../../../shared/contract';
import { MEASURE_KINDS, type MeasureKind, QUESTIONNAIRES } from '../../../../shared/measures/questionnaires';
import { Heading } from '../../ui/aria-primitives';
import { ActionButton } from '../../ui/ActionButton';
import { QueryView } from '../../ui/QueryView';
import { useClientCourses } from '../course';
import { MeasureCourseSummary } from './MeasureCourseSummary';
import { useClientMeasures } from './measure-queries';
import { MeasuresTable } from './MeasuresTable';
import { HandToClientDialog } from './HandToClientDialog';
import { RecordMeasureDialog } from './RecordMeasureDialog';
import { UnfinishedQuestionnaires } from './UnfinishedQuestionnaires';
import { WithdrawMeasureDialog } from './WithdrawMeasureDialog';
import './measures.css';

const MeasureChart = lazy(() => import('./MeasureChart'));

interface MeasuresSectionProps {
  clientId: string;
  sessions: readonly SessionSummary[];
  /** Archived clients keep their measures on view; nothing new is recorded or withdrawn. */
  archived: boolean;
}

/** The client's PHQ-9 and GAD-7: record one, see the course (baseline, response, remission, flags) as a chart and a table. */
export function MeasuresSection({ clientId, sessions, archived }: MeasuresSectionProps) {
  const headingId = useId();
  const measures = useClientMeasures(clientId);
  const [today] = useState(() => localCalendarDate(Date.now()));
  const courses = useClientCourses(clientId, today);
  const [recording, setRecording] = useState<MeasureKind | null>(null);
  const [withdrawing, setWithdrawing] = useState<Measure | null>(null);
  const [handingOver, setHandingOver] = useState(false);

  return (
    <section className="record-section" aria-labelledby={headingId}>
      <div className="record-section-header">
        <Heading level={2} id={headingId} className="section-title">
          Measures
        </Heading>
        <div className="measures-section-actions">
          {MEASURE_KINDS.map((kind) => (
            <ActionButton key={kind} onPress={() => setRecording(kind)} isDisabled={archived}>
              Record {QUESTIONNAIRES[kind].name}
            </ActionButton>
          ))}
          <ActionButton onPress={() => setHandingOver(true)} isDisabled={archived}>
            Hand to client
          </ActionButton>
        </div>
      </div>
      <UnfinishedQuestionnaires clientId={clientId} archived={archived} />
      <QueryView query={measures} loading="Loading measures…">
        {(list) =>
          list.length === 0 ? (
            <p className="hint">No measures yet. The first PHQ-9 and GAD-7 are the baseline the course is measured against.</p>
          ) : (
            <>
              <MeasureCourseSummary measures={list} />
              {list.some((measure) => measure.kind === 'phq-9' && measure.outcome !== null) ? (
                <Suspense fallback={<div className="measure-chart measure-chart-loading" />}>
                  <MeasureChart measures={list} />
                </Suspense>
              ) : null}
              <MeasuresTable
                measures={list}
                sessions={sessions}
                courses={courses.data?.map((view) => view.course) ?? []}
                onWithdraw={archived ? undefined : setWithdrawing}
              />
              <p className="hint">
                Totals, bands and the item 9 flag are the instruments&apos; own (PHQ-9: Kroenke, Spitzer and Williams, 2001; GAD-7: Spitzer, Kroenke, Williams
                and Löwe, 2006). Response is a PHQ-9 total at least 50% below the first one, the baseline; remission a PHQ-9 total below 5. They describe the
                answers; the decisions are yours.
              </p>
            </>
          )
        }
      </QueryView>

      {recording !== null ? <RecordMeasureDialog clientId={clientId} kind={recording} sessions={sessions} onClose={() => setRecording(null)} /> : null}
      {handingOver ? <HandToClientDialog clientId={clientId} sessions={sessions} onClose={() => setHandingOver(false)} /> : null}
      {withdrawing !== null ? <WithdrawMeasureDialog measure={withdrawing} onClose={() => setWithdrawing(null)} /> : null}
    </section>
  );
}
