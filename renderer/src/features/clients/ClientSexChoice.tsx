import { CLIENT_SEXES, SEX_LABELS, type ClientSex } from '../../../../shared/clients/client-sex';
import { RadioOption } from '../../ui/ChoiceControls';
import { Label, RadioGroup, Text } from '../../ui/aria-primitives';

/** The radio value of "Not recorded": the record stores null. */
const NOT_RECORDED = 'not-recorded';

interface ClientSexChoiceProps {
  /** '' is "not recorded". */
  value: ClientSex | '';
  onChange: (value: ClientSex | '') => void;
}

/** The client's sex as the REMS form asks it, or not recorded. */
export function ClientSexChoice({ value, onChange }: ClientSexChoiceProps) {
  return (
    <RadioGroup
      value={value || NOT_RECORDED}
      onChange={(chosen) => onChange(CLIENT_SEXES.find((sex) => sex === chosen) ?? '')}
      orientation="horizontal"
      className="field"
    >
      <Label className="field-label">Sex</Label>
      <div className="yes-no-options">
        {CLIENT_SEXES.map((sex) => (
          <RadioOption key={sex} value={sex}>
            {SEX_LABELS[sex]}
          </RadioOption>
        ))}
        <RadioOption value={NOT_RECORDED}>Not recorded</RadioOption>
      </div>
      <Text slot="description" className="field-description">
        As the Spravato REMS form asks it; it fills that form.
      </Text>
    </RadioGroup>
  );
}
