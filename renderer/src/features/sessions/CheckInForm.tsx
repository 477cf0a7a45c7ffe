import { useState, type FormEvent } from 'react';
import { Form, Heading } from 'react-aria-components';
import { SESSION_TEXT_LIMITS, type Session } from '../../../../shared/contract';
import type { VitalThreshold } from '../../../../shared/session/vital-thresholds';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { TextAreaField } from '../../ui/TextAreaField';
import { ChecklistField, checklistState } from './fields/ChecklistField';
import { EMPTY_VITALS, vitalsFromDraft, vitalsProblems, type VitalsDraft } from './fields/vitals-draft';
import { VitalsFields } from './fields/VitalsFields';
import { useCheckIn } from './session-queries';
import { alertsFor } from '../../../../shared/session/room-state';
import { VitalAlerts } from './VitalAlerts';

interface CheckInFormProps {
  session: Session;
  thresholds: readonly VitalThreshold[];
}

/** Before the dose: vitals, the protocol's readiness checklist, and the client's intention in their own words. */
export function CheckInForm({ session, thresholds }: CheckInFormProps) {
  const [vitals, setVitals] = useState<VitalsDraft>(EMPTY_VITALS);
  const [ticked, setTicked] = useState<string[]>([]);
  const [intention, setIntention] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const checkIn = useCheckIn();
  const readings = vitalsFromDraft(vitals);
  const alerts = readings ? alertsFor(readings, 'pre-dose', null, thresholds) : [];
  const checklist = session.protocol.readinessChecklist;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (checkIn.isPending) return;
    const problems = vitalsProblems(vitals);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    checkIn.mutate({
      id: session.id,
      vitals: readings ?? undefined,
      readiness: checklistState(checklist, ticked),
      intention: intention.trim() || undefined,
      at: Date.now(),
    });
  };

  return (
    <Form onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form check-in-form" aria-labelledby="check-in-title">
      <Heading level={2} id="check-in-title" className="room-section-title">
        Check in
      </Heading>
      <fieldset className="plain-fieldset">
        <legend className="field-label">Vitals before the dose</legend>
        <VitalsFields value={vitals} onChange={setVitals} autoFocus />
        <VitalAlerts alerts={alerts} />
      </fieldset>
      <ChecklistField
        label="Ready for the dose"
        description={`${ticked.length} of ${checklist.length} ticked. Anything left unticked is recorded as such.`}
        items={checklist}
        value={ticked}
        onChange={setTicked}
      />
      <TextAreaField
        label="Intention"
        description="In the client's own words."
        value={intention}
        onChange={setIntention}
        maxLength={SESSION_TEXT_LIMITS.intention}
        rows={3}
      />
      <FormAlert>{checkIn.isError ? describeError(checkIn.error) : null}</FormAlert>
      <div className="actions">
        <ActionButton type="submit" variant="primary" busy={checkIn.isPending}>
          Check in
        </ActionButton>
      </div>
    </Form>
  );
}
