import { ActionButton } from '../../../ui/ActionButton';
import { EMPTY_ACTIVITY, type ActivityRow, type Keyed } from '../homework-draft';
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
  const { addButtonRef, canAdd, focusesOnMount, add, update, remove } = useRows(activities, onChange, EMPTY_ACTIVITY);
  return (
    <div className="homework-worksheet">
      {activities.length > 0 ? (
        <div className="homework-rows homework-rows-activities">
          <span aria-hidden="true" className="homework-heading">
            Day
          </span>
          <span aria-hidden="true" className="homework-heading">
            Activity
          </span>
          <span aria-hidden="true" className="homework-heading">
            Done
          </span>
          <span aria-hidden="true" className="homework-heading">
            Pleasure 0–10
          </span>
          <span aria-hidden="true" className="homework-heading">
            Mastery 0–10
          </span>
          <span />
          {activities.map((row, index) => {
            const suffix = `, activity ${index + 1}`;
            return (
              <div key={row.key} className="homework-row">
                <HomeworkTextField
                  labelHidden
                  label="Day"
                  labelSuffix={suffix}
                  value={row.day}
                  onChange={(day) => update(row.key, { day })}
                  autoFocus={focusesOnMount(row.key)}
                />
                <HomeworkTextField
                  labelHidden
                  label="Activity"
                  labelSuffix={suffix}
                  value={row.activity}
                  onChange={(activity) => update(row.key, { activity })}
                />
                <DoneCheckbox label={`Done${suffix}`} value={row.done} onChange={(done) => update(row.key, { done })} />
                <ScaleInput
                  labelHidden
                  label="Pleasure"
                  labelSuffix={suffix}
                  max={10}
                  value={row.pleasure}
                  onChange={(pleasure) => update(row.key, { pleasure })}
                />
                <ScaleInput
                  labelHidden
                  label="Mastery"
                  labelSuffix={suffix}
                  max={10}
                  value={row.mastery}
                  onChange={(mastery) => update(row.key, { mastery })}
                />
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
