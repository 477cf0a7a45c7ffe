import { ActionButton } from '../../../ui/ActionButton';
import { EMPTY_ACTIVITY, type ActivityRow, type Keyed } from '../homework-draft';
import { ColumnHeadings } from './ColumnHeadings';
import { DoneCheckbox } from './DoneCheckbox';
import { HomeworkTextField } from './HomeworkTextField';
import { RowsLimit } from './RowsLimit';
import { ScaleInput } from './ScaleInput';
import { useRows } from './use-rows';

interface ActivityScheduleFieldsProps {
  activities: Keyed<ActivityRow>[];
  onChange: (activities: Keyed<ActivityRow>[]) => void;
}

/** A behavioural-activation schedule: planned activities, ticked when done and rated for pleasure and mastery. */
export function ActivityScheduleFields({ activities, onChange }: ActivityScheduleFieldsProps) {
  const { addButtonRef, canAdd, focusesOnMount, add, fieldsOf, remove } = useRows(activities, onChange, EMPTY_ACTIVITY);
  return (
    <div className="homework-worksheet">
      {activities.length > 0 ? (
        <div className="homework-rows homework-rows-activities">
          <ColumnHeadings names={['Day', 'Activity', 'Done', 'Pleasure 0–10', 'Mastery 0–10']} />
          {activities.map((row, index) => {
            const field = fieldsOf(row, `, activity ${index + 1}`);
            return (
              <div key={row.key} className="homework-row">
                <HomeworkTextField labelHidden label="Day" {...field('day')} autoFocus={focusesOnMount(row.key)} />
                <HomeworkTextField labelHidden label="Activity" {...field('activity')} />
                <DoneCheckbox {...field('done')} />
                <ScaleInput labelHidden label="Pleasure" max={10} {...field('pleasure')} />
                <ScaleInput labelHidden label="Mastery" max={10} {...field('mastery')} />
                <ActionButton variant="quiet" onPress={() => remove(row.key)} aria-label={`Remove activity ${index + 1}`}>
                  Remove
                </ActionButton>
              </div>
            );
          })}
        </div>
      ) : (
        <p className="hint">No activities yet. Plan a few small ones with the client, day by day.</p>
      )}
      <RowsLimit count={activities.length} />
      <ActionButton ref={addButtonRef} variant="quiet" className="homework-add" onPress={add} isDisabled={!canAdd}>
        Add an activity
      </ActionButton>
    </div>
  );
}
