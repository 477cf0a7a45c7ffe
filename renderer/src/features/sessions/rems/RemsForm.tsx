import { Label, RadioGroup } from '../../../ui/aria-primitives';
import { REMS_TEXT_LIMITS, type RemsLateField, type RemsManualFields, type RemsPrefill } from '../../../../../shared/session/rems-form';
import { RadioOption } from '../../../ui/ChoiceControls';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextInputField } from '../../../ui/TextInputField';
import { PrefilledFields } from './PrefilledFields';
import { CONCOMITANT_MEDICINES, doseText, orBlank, prefilledAnswer, SEX_OPTIONS, vitalsAcceptableBeforeDischarge } from './rems-questions';
import { YesNoField } from './YesNoField';

interface RemsFormProps {
  prefill: RemsPrefill;
  fields: RemsManualFields;
  onChange: (fields: RemsManualFields) => void;
}

/** The Spravato REMS Patient Monitoring Form, section by section: what the timeline knows, then what only the therapist can say. */
export function RemsForm({ prefill, fields, onChange }: RemsFormProps) {
  const set = <K extends keyof RemsManualFields>(key: K, value: RemsManualFields[K]) => onChange({ ...fields, [key]: value });
  const answer = (label: string, field: RemsLateField) => {
    const { text, late } = prefilledAnswer(prefill, field);
    return [label, text, late] as const;
  };

  return (
    <div className="rems-form">
      <fieldset className="rems-group">
        <legend>Patient</legend>
        <PrefilledFields
          fields={[
            ['Name', prefill.patientName],
            ['Date of birth', orBlank(prefill.dateOfBirth)],
          ]}
        />
        <RadioGroup value={fields.sex || null} onChange={(sex) => set('sex', sex as RemsManualFields['sex'])} orientation="horizontal" className="field yes-no">
          <Label className="field-label">Sex</Label>
          <div className="yes-no-options">
            {SEX_OPTIONS.map((option) => (
              <RadioOption key={option.value} value={option.value}>
                {option.label}
              </RadioOption>
            ))}
          </div>
        </RadioGroup>
        <YesNoField label="First treatment" value={fields.firstTreatment} onChange={(value) => set('firstTreatment', value)} />
      </fieldset>

      <fieldset className="rems-group">
        <legend>Concomitant medicines</legend>
        <div className="rems-grid">
          {CONCOMITANT_MEDICINES.map(({ key, label }) => (
            <YesNoField key={key} label={label} value={fields[key]} onChange={(value) => set(key, value)} />
          ))}
        </div>
      </fieldset>

      <fieldset className="rems-group">
        <legend>Monitoring and dose</legend>
        <div className="field-pair">
          <TextInputField
            label="Monitoring provider"
            value={fields.monitoringProvider}
            onChange={(value) => set('monitoringProvider', value)}
            maxLength={REMS_TEXT_LIMITS.short}
          />
          <TextInputField
            label="Setting"
            value={fields.monitoringSetting}
            onChange={(value) => set('monitoringSetting', value)}
            maxLength={REMS_TEXT_LIMITS.short}
          />
        </div>
        <PrefilledFields
          fields={[
            ['Date', orBlank(prefill.sessionDate)],
            ['Dose', doseText(prefill)],
            ['Total minutes, first device to end of monitoring', orBlank(prefill.totalMonitoringMinutes)],
          ]}
        />
        <div className="field-pair">
          <TextInputField
            label="Lot number"
            value={fields.lotNumber}
            onChange={(value) => set('lotNumber', value)}
            maxLength={REMS_TEXT_LIMITS.lotNumber}
            autoComplete="off"
          />
          <TextInputField
            label="Ready to leave, without the 2-hour rule"
            description="The time, HH:MM."
            inputType="time"
            value={fields.readyToLeaveTime}
            onChange={(value) => set('readyToLeaveTime', value)}
          />
        </div>
      </fieldset>

      <fieldset className="rems-group">
        <legend>Vital signs</legend>
        <PrefilledFields
          fields={[
            answer('Blood pressure before dosing', 'bpBeforeDosing'),
            answer('Blood pressure at 40 minutes', 'bpAt40Minutes'),
            answer('Blood pressure before discharge', 'bpBeforeDischarge'),
          ]}
        />
        <div className="field-pair">
          <YesNoField
            label="Acceptable before dosing"
            value={fields.vitalsAcceptableBeforeDosing}
            onChange={(value) => set('vitalsAcceptableBeforeDosing', value)}
          />
          <YesNoField
            label="Acceptable before discharge"
            description={
              fields.vitalsAcceptableBeforeDischarge === null && prefill.vitalsAcceptableBeforeDischarge !== null ? 'From the discharge checklist.' : undefined
            }
            value={vitalsAcceptableBeforeDischarge(fields, prefill)}
            onChange={(value) => set('vitalsAcceptableBeforeDischarge', value)}
          />
        </div>
      </fieldset>

      <fieldset className="rems-group">
        <legend>During monitoring</legend>
        <PrefilledFields
          fields={[answer('Sedation', 'sedation'), answer('Dissociation', 'dissociation'), answer('Respiratory depression', 'respiratoryDepression')]}
        />
        <TextAreaField
          label="Serious adverse events"
          description="Leave empty if none."
          value={fields.seriousAdverseEvents}
          onChange={(value) => set('seriousAdverseEvents', value)}
          maxLength={REMS_TEXT_LIMITS.seriousAdverseEvents}
          rows={3}
        />
      </fieldset>
    </div>
  );
}
