import { useState } from 'react';
import type { Settings } from '../../../../shared/contract';
import { DEFAULT_FOLLOW_UP_LADDER, FOLLOW_UP_LIMITS, followUpLadderSchema, type FollowUpRung } from '../../../../shared/follow-up/follow-up-ladder';
import { ActionButton } from '../../ui/ActionButton';
import { NumberField } from '../../ui/NumberField';
import { QueryView } from '../../ui/QueryView';
import { SettingsSection } from '../../ui/SettingsSection';
import { SubmitForm } from '../../ui/SubmitForm';
import { TextInputField } from '../../ui/TextInputField';
import { useSubmit } from '../../ui/use-submit';
import { useSettings, useUpdateSettings } from '../settings';
import './follow-up.css';

const INVALID_LADDER = `Each contact needs a day from ${FOLLOW_UP_LIMITS.offsetDays.min} to ${FOLLOW_UP_LIMITS.offsetDays.max} after the dose, a day of its own, and a label.`;

function LadderForm({ saved }: { saved: Settings['followUpLadder'] }) {
  const [rungs, setRungs] = useState<FollowUpRung[]>(saved);
  const [invalid, setInvalid] = useState(false);
  const update = useUpdateSettings();
  const saving = useSubmit();
  const edit = (next: FollowUpRung[]) => {
    setRungs(next);
    setInvalid(false);
    saving.markChanged();
  };
  const change = (index: number, patch: Partial<FollowUpRung>) => edit(rungs.map((rung, i) => (i === index ? { ...rung, ...patch } : rung)));
  const nextDay = Math.min(FOLLOW_UP_LIMITS.offsetDays.max, Math.max(0, ...rungs.map((rung) => (Number.isFinite(rung.offsetDays) ? rung.offsetDays : 0))) + 1);

  const submit = () => {
    const parsed = followUpLadderSchema.safeParse(rungs);
    if (!parsed.success) {
      setInvalid(true);
      return;
    }
    void saving.run(() => update.mutateAsync({ followUpLadder: parsed.data }));
  };

  return (
    <SubmitForm
      submitLabel="Save contacts"
      {...saving.formProps}
      error={invalid ? INVALID_LADDER : saving.error}
      onSubmit={submit}
      otherActions={
        <>
          <span role="status" className="saved-note">
            {saving.done ? 'Saved.' : ''}
          </span>
          <ActionButton onPress={() => edit(DEFAULT_FOLLOW_UP_LADDER)}>Back to the defaults</ActionButton>
        </>
      }
    >
      <p className="hint">
        Each dose proposes these contacts, counted in calendar days from the dose day. Changes apply to doses given from now on. Default: the day after and one
        week after (our choice, following the 24–72 hour integration window).
      </p>
      {rungs.length === 0 ? <p className="hint">No contact is proposed after a dose.</p> : null}
      <ul className="plain-list ladder-list">
        {rungs.map((rung, index) => (
          <li key={index} className="ladder-rung">
            <NumberField
              label="Days after the dose"
              labelSuffix={`, contact ${index + 1}`}
              value={rung.offsetDays}
              onChange={(offsetDays) => change(index, { offsetDays })}
              decimals={0}
              bounds={{ ...FOLLOW_UP_LIMITS.offsetDays, unit: 'days', required: true }}
              className="ladder-days"
            />
            <TextInputField
              label={`Label of contact ${index + 1}`}
              value={rung.label}
              onChange={(label) => change(index, { label })}
              maxLength={FOLLOW_UP_LIMITS.label}
              className="ladder-label"
            />
            <ActionButton variant="quiet" aria-label={`Remove contact ${index + 1}`} onPress={() => edit(rungs.filter((_, i) => i !== index))}>
              Remove
            </ActionButton>
          </li>
        ))}
      </ul>
      <div>
        <ActionButton isDisabled={rungs.length >= FOLLOW_UP_LIMITS.rungs} onPress={() => edit([...rungs, { offsetDays: nextDay, label: '' }])}>
          Add a contact
        </ActionButton>
      </div>
    </SubmitForm>
  );
}

/** The clinic's ladder of follow-up contacts after each dose. */
export function FollowUpSettingsSection() {
  const settings = useSettings();
  return (
    <SettingsSection title="Follow-up contacts">
      <QueryView query={settings}>{(saved) => <LadderForm saved={saved.followUpLadder} />}</QueryView>
    </SettingsSection>
  );
}
