import type { Measure } from '../../../../shared/contract';
import { MEASURE_KINDS, QUESTIONNAIRES } from '../../../../shared/measures/questionnaires';
import { formatCalendarDate } from '../../ui/time-text';
import { courseSummary, scoreText, measureFlags } from './measure-text';

function ScoreOn({ measure }: { measure: Measure }) {
  return (
    <>
      {scoreText(measure)}, {formatCalendarDate(measure.takenOn)}
    </>
  );
}

/** For each kind: the baseline, the latest score with its flags, and when response and remission were first reached. */
export function MeasureCourseSummary({ measures }: { measures: readonly Measure[] }) {
  const summaries = MEASURE_KINDS.map((kind) => ({ kind, summary: courseSummary(measures, kind) })).filter(({ summary }) => summary !== null);
  return (
    <dl className="measure-summary">
      {summaries.map(({ kind, summary }) => {
        const { baseline, latest, firstResponse, firstRemission } = summary!;
        const flags = measureFlags(latest);
        return (
          <div key={kind} className="measure-summary-kind">
            <dt>{QUESTIONNAIRES[kind].name} baseline</dt>
            <dd>
              <ScoreOn measure={baseline} />
            </dd>
            {latest !== baseline ? (
              <>
                <dt>Latest {QUESTIONNAIRES[kind].name}</dt>
                <dd>
                  <ScoreOn measure={latest} />
                </dd>
              </>
            ) : null}
            {flags.length > 0 ? (
              <>
                <dt className="visually-hidden">Flags on the latest {QUESTIONNAIRES[kind].name}</dt>
                {flags.map((flag) => (
                  <dd key={flag} className="measure-flag">
                    {flag}
                  </dd>
                ))}
              </>
            ) : null}
            {firstResponse ? (
              <>
                <dt>Response</dt>
                <dd>Reached {formatCalendarDate(firstResponse.takenOn)}: at least 50% below the baseline</dd>
              </>
            ) : null}
            {firstRemission ? (
              <>
                <dt>Remission</dt>
                <dd>Reached {formatCalendarDate(firstRemission.takenOn)}: a total below 5</dd>
              </>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}
