import type { HomeworkFields } from '../../../../../shared/homework/homework-types';
import { HomeworkTextField } from './HomeworkTextField';
import { ScaleInput } from './ScaleInput';

type Experiment = Extract<HomeworkFields, { type: 'behavioural-experiment' }>;

/** A feared prediction put to the test: how strongly it is believed before and after is the measure. */
export function BehaviouralExperimentFields({ fields, onChange }: { fields: Experiment; onChange: (fields: Experiment) => void }) {
  const set = (change: Partial<Experiment>) => onChange({ ...fields, ...change });
  return (
    <div className="homework-worksheet">
      <div className="homework-pair">
        <HomeworkTextField long label="Prediction" value={fields.prediction} onChange={(prediction) => set({ prediction })} />
        <ScaleInput label="Belief before (%)" max={100} value={fields.beliefBefore} onChange={(beliefBefore) => set({ beliefBefore })} />
      </div>
      <HomeworkTextField long label="Experiment" value={fields.experiment} onChange={(experiment) => set({ experiment })} />
      <HomeworkTextField long label="What happened" value={fields.whatHappened} onChange={(whatHappened) => set({ whatHappened })} />
      <div className="homework-pair">
        <HomeworkTextField long label="What I learned" value={fields.learning} onChange={(learning) => set({ learning })} />
        <ScaleInput label="Belief after (%)" max={100} value={fields.beliefAfter} onChange={(beliefAfter) => set({ beliefAfter })} />
      </div>
    </div>
  );
}
