import type { FieldsDraft } from '../homework-draft';
import { ActivityScheduleFields } from './ActivityScheduleFields';
import { BehaviouralExperimentFields } from './BehaviouralExperimentFields';
import { CoreBeliefFields } from './CoreBeliefFields';
import { CustomFields } from './CustomFields';
import { ExposureHierarchyFields } from './ExposureHierarchyFields';
import { ThoughtRecordFields } from './ThoughtRecordFields';
import { ValuesActionFields } from './ValuesActionFields';

/** The worksheet of the homework's type; the type never changes, so neither does the editor. */
export function HomeworkFieldsEditor({ fields, onChange }: { fields: FieldsDraft; onChange: (fields: FieldsDraft) => void }) {
  switch (fields.type) {
    case 'thought-record':
      return <ThoughtRecordFields rows={fields.rows} onChange={(rows) => onChange({ ...fields, rows })} />;
    case 'behavioural-activation':
      return <ActivityScheduleFields activities={fields.activities} onChange={(activities) => onChange({ ...fields, activities })} />;
    case 'exposure-hierarchy':
      return <ExposureHierarchyFields steps={fields.steps} onChange={(steps) => onChange({ ...fields, steps })} />;
    case 'behavioural-experiment':
      return <BehaviouralExperimentFields fields={fields} onChange={onChange} />;
    case 'core-belief':
      return <CoreBeliefFields fields={fields} onChange={onChange} />;
    case 'values-action':
      return <ValuesActionFields fields={fields} onChange={onChange} />;
    case 'custom':
      return <CustomFields fields={fields} onChange={onChange} />;
  }
}
