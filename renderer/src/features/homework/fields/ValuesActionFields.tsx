import type { HomeworkFields } from '../../../../../shared/homework/homework-types';
import { HomeworkTextField } from './HomeworkTextField';

type ValuesAction = Extract<HomeworkFields, { type: 'values-action' }>;

/** A value that surfaced in session, turned into one action the client commits to, and what may get in the way. */
export function ValuesActionFields({ fields, onChange }: { fields: ValuesAction; onChange: (fields: ValuesAction) => void }) {
  const set = (change: Partial<ValuesAction>) => onChange({ ...fields, ...change });
  return (
    <div className="homework-worksheet">
      <div className="field-pair">
        <HomeworkTextField label="Life area" value={fields.domain} onChange={(domain) => set({ domain })} />
        <HomeworkTextField label="Value" value={fields.value} onChange={(value) => set({ value })} />
      </div>
      <HomeworkTextField long label="Committed action" value={fields.committedAction} onChange={(committedAction) => set({ committedAction })} />
      <HomeworkTextField long label="Barriers" value={fields.barriers} onChange={(barriers) => set({ barriers })} />
    </div>
  );
}
