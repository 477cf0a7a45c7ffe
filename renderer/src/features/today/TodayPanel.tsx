import { useNavigation } from '../../navigation/navigation';
import { Heading } from '../../ui/aria-primitives';
import { QueryView } from '../../ui/QueryView';
import { BackupReminder } from '../backups';
import { NotesToFinishPanel } from '../notes';
import { RemsPendingPanel } from '../sessions';
import { courseDoseItems, draftItems, followUpItems, homeworkItems, measureItems, sessionItems } from './today-items';
import { TodayGroup } from './TodayGroup';
import { useTodayOverview } from './today-queries';
import './today.css';

/** The top of the home screen: what is due today across the caseload, each item opening where the work is done. */
export function TodayPanel() {
  const navigation = useNavigation();
  const overview = useTodayOverview();
  return (
    <section className="today-panel" aria-labelledby="today-title">
      <Heading level={2} id="today-title" className="section-title">
        Today
      </Heading>
      <QueryView query={overview} loading={null}>
        {(today) => {
          const nothingDue =
            today.sessions.length +
              today.courseDoses.length +
              today.followUpsDue.length +
              today.followUpsToPrepare.length +
              today.measuresDue.length +
              today.homeworkToReview.length +
              today.drafts.length +
              today.remsPending +
              today.notesToFinish ===
            0;
          return nothingDue ? (
            <p className="hint">Nothing is due today.</p>
          ) : (
            <>
              <TodayGroup id="sessions" title="Dosing sessions" items={sessionItems(today.sessions, navigation)} />
              <TodayGroup id="course-doses" title="Course doses due" items={courseDoseItems(today.courseDoses, navigation)} />
              <TodayGroup id="follow-ups" title="Follow-ups due" items={followUpItems(today.followUpsDue, navigation)} />
              <TodayGroup id="follow-ups-to-prepare" title="Follow-ups to prepare for tomorrow" items={followUpItems(today.followUpsToPrepare, navigation)} />
              <TodayGroup id="measures" title="Measures due" items={measureItems(today.measuresDue, navigation)} />
              <TodayGroup id="homework" title="Homework to review" items={homeworkItems(today.homeworkToReview, navigation)} />
              <TodayGroup id="drafts" title="Notes to sign" items={draftItems(today.drafts, navigation)} />
              <RemsPendingPanel />
              <NotesToFinishPanel />
            </>
          );
        }}
      </QueryView>
      <BackupReminder />
    </section>
  );
}
