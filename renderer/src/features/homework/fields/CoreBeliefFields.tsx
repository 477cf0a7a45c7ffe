import type { HomeworkFields } from '../../../../../shared/homework/homework-types';
import { HomeworkTextField } from './HomeworkTextField';
import { ScaleInput } from './ScaleInput';

type CoreBelief = Extract<HomeworkFields, { type: 'core-belief' }>;

/** An old belief and a new one side by side, each with how strongly it is held, and the evidence that moves them. */
export function CoreBeliefFields({ fields, onChange }: { fields: CoreBelief; onChange: (fields: CoreBelief) => void }) {
  const set = (change: Partial<CoreBelief>) => onChange({ ...fields, ...change });
  return (
    <div className="homework-worksheet">
      <div className="homework-pair">
        <HomeworkTextField label="Old belief" value={fields.oldBelief} onChange={(oldBelief) => set({ oldBelief })} />
        <ScaleInput label="Old belief strength (%)" max={100} value={fields.oldBeliefStrength} onChange={(oldBeliefStrength) => set({ oldBeliefStrength })} />
      </div>
      <div className="homework-pair">
        <HomeworkTextField label="New belief" value={fields.newBelief} onChange={(newBelief) => set({ newBelief })} />
        <ScaleInput label="New belief strength (%)" max={100} value={fields.newBeliefStrength} onChange={(newBeliefStrength) => set({ newBeliefStrength })} />
      </div>
      <HomeworkTextField long label="Evidence" value={fields.evidence} onChange={(evidence) => set({ evidence })} />
    </div>
  );
}
