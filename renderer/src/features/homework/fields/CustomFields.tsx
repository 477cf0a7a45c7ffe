import type { HomeworkFields } from '../../../../../shared/homework/homework-types';
import { HomeworkTextField } from './HomeworkTextField';

type Custom = Extract<HomeworkFields, { type: 'custom' }>;

export function CustomFields({ fields, onChange }: { fields: Custom; onChange: (fields: Custom) => void }) {
  return <HomeworkTextField long label="Instructions" value={fields.instructions} onChange={(instructions) => onChange({ ...fields, instructions })} />;
}
