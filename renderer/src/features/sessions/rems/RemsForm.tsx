import { Label, RadioGroup, Text } from '../../../ui/aria-primitives';
import {
  answerOrSuggested,
  readyToLeaveOrSuggested,
  REMS_TEXT_LIMITS,
  sexOrRecorded,
  type RemsDerivedField,
  type RemsManualFields,
  type RemsPrefill,
} from '../../../../../shared/session/rems-form';
import { DerivedFields } from './DerivedFields';
import { RadioOption } from '../../../ui/ChoiceControls';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextInputField } from '../../../ui/TextInputField';
import { PrefilledFields } from './PrefilledFields';
import { CONCOMITANT_MEDICINES, orBlank, readyToLeaveNote, SEX_OPTIONS } from './rems-questions';
import { YesNoField } from './YesNoField';

interface RemsFormProps {
  prefill: RemsPrefill;
  fields: RemsManualFields;
  onChange: (fields: RemsManualFields) => void;
}

/** The Spravato REMS Patient Monitoring Form, section by section: what the timeline knows, then what only the therapist can say. */
export function RemsForm({ prefill, fields, onChange }: RemsFormProps) {
  const set = <K extends keyof RemsManualFields>(key: K, value: RemsManualFields[K]) => onChange({ ...fields, [key]: value });
  const override = (key: RemsDerivedField, value: string | undefined) => {
    const others = Object.entries(fields.overrides ?? {}).filter(([other]) => other !== key);
    set('overrides', Object.fromEntries(value === undefined ? others : [...others, [key, value]]));
  };
  const derived = (keys: readonly RemsDerivedField[]) => <DerivedFields keys={keys} prefill={prefill} overrides={fields.overrides} onOverride={override} />;

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
        <RadioGroup
          value={sexOrRecorded(fields, prefill) || null}
          onChange={(sex) => set('sex', SEX_OPTIONS.find((option) => option.value === sex)?.value ?? '')}
          orientation="horizontal"
          className="field yes-no"
        >
          <Label className="field-label">Sex</Label>
          <div className="yes-no-options">
            {SEX_OPTIONS.map((option) => (
              <RadioOption key={option.value} value={option.value}>
                {option.label}
              </RadioOption>
            ))}
          </div>
          {fields.sex === '' && prefill.sex !== null ? (
            <Text slot="description" className="field-description">
              From the client record.
            </Text>
          ) : null}
        </RadioGroup>
        <YesNoField
          label="First treatment"
          description={fields.firstTreatment === null && prefill.firstTreatment !== null ? 'Session 1 of the course.' : undefined}
          value={answerOrSuggested(fields, prefill, 'firstTreatment')}
          onChange={(value) => set('firstTreatment', value)}
        />
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
        {derived(['sessionDate', 'dose', 'totalMonitoringMinutes'])}
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
            description={readyToLeaveNote(fields, prefill)}
            inputType="time"
            value={readyToLeaveOrSuggested(fields, prefill)}
            onChange={(value) => set('readyToLeaveTime', value)}
          />
        </div>
      </fieldset>

      <fieldset className="rems-group">
        <legend>Vital signs</legend>
        {derived(['bpBeforeDosing', 'bpAt40Minutes', 'bpBeforeDischarge'])}
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
            value={answerOrSuggested(fields, prefill, 'vitalsAcceptableBeforeDischarge')}
            onChange={(value) => set('vitalsAcceptableBeforeDischarge', value)}
          />
        </div>
      </fieldset>

      <fieldset className="rems-group">
        <legend>During monitoring</legend>
        {derived(['sedation', 'dissociation', 'respiratoryDepression'])}
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
