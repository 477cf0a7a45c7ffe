import { useState } from 'react';
import { Heading } from '../../ui/aria-primitives';
import { SESSION_TEXT_LIMITS, type Session } from '../../../../shared/contract';
import { missingPreDoseReadings, untickedLabels } from '../../../../shared/session/checklist-gaps';
import { alertsFor } from '../../../../shared/session/room-state';
import type { VitalField } from '../../../../shared/session/timeline';
import type { VitalThreshold } from '../../../../shared/session/vital-thresholds';
import { SubmitForm } from '../../ui/SubmitForm';
import { RemsEnrolmentWarning } from '../evaluation';
import { TextAreaField } from '../../ui/TextAreaField';
import { useSubmit } from '../../ui/use-submit';
import { ChecklistField, checklistState } from './fields/ChecklistField';
import { EMPTY_VITALS, plausibleVitals, vitalsFromDraft, vitalsProblems, type VitalsDraft } from './fields/vitals-draft';
import { VitalsFields } from './fields/VitalsFields';
import { GapsWarning } from './fields/GapsWarning';
import { useCheckIn } from './session-queries';
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
  const checkIn = useCheckIn();
  const checking = useSubmit<VitalField>();
  const readings = vitalsFromDraft(vitals);
  const plausible = plausibleVitals(vitals);
  const alerts = plausible ? alertsFor(plausible, 'pre-dose', null, thresholds, session.route) : [];
  const checklist = session.protocol.readinessChecklist;
  const missingReadings = missingPreDoseReadings(plausible);
  const missingLines = missingReadings.length ? [`Not recorded before the dose: ${missingReadings.join(', ')}.`] : [];
  // The REMS form takes "BP before dosing" from the last reading before the dose.
  const remsLines =
    session.route === 'esketamine' && missingReadings.includes('blood pressure')
      ? ['The Spravato REMS form’s “BP before dosing” is taken from this reading; without it that answer stays empty.']
      : [];

  const submit = () => {
    if (checking.showProblems(vitalsProblems(vitals))) return;
    void checking.run(() =>
      checkIn.mutateAsync({
        id: session.id,
        vitals: readings ?? undefined,
        readiness: checklistState(checklist, ticked),
        intention: intention.trim() || undefined,
        at: Date.now(),
      }),
    );
  };

  return (
    <SubmitForm submitLabel="Check in" {...checking.formProps} onSubmit={submit} className="check-in-form" aria-labelledby="check-in-title">
      <Heading level={2} id="check-in-title" className="room-section-title">
        Check in
      </Heading>
      <fieldset className="plain-fieldset">
        <legend className="field-label">Vitals before the dose</legend>
        <VitalsFields
          value={vitals}
          onChange={(next, field) => {
            setVitals(next);
            checking.clearFieldError(field);
          }}
          autoFocus
        />
        <VitalAlerts alerts={alerts} />
      </fieldset>
      <ChecklistField label="Ready for the dose" items={checklist} value={ticked} onChange={setTicked} />
      <TextAreaField
        label="Intention"
        description="In the client's own words."
        value={intention}
        onChange={setIntention}
        maxLength={SESSION_TEXT_LIMITS.intention}
        rows={3}
      />
      <GapsWarning
        lines={[...missingLines, ...remsLines]}
        unticked={untickedLabels(checklist, ticked)}
        untickedLabel="Not ticked before the dose"
        footer="You can still check in; readings can also be added with Vitals before the dose."
      />
      <RemsEnrolmentWarning clientId={session.clientId} route={session.route} stillPossible="You can still check in." />
    </SubmitForm>
  );
}
