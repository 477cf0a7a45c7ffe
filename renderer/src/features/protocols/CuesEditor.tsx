import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from '../../ui/aria-primitives';
import { PROTOCOL_TEXT_LIMITS, CUE_KINDS, type ProtocolCue } from '../../../../shared/session/protocol';
import { ActionButton } from '../../ui/ActionButton';
import { NumberField } from '../../ui/NumberField';
import { newItemId } from './protocol-draft';
import { RowTextInput } from './RowTextInput';

const KIND_NAMES: Record<ProtocolCue['kind'], string> = {
  vitals: 'Vitals',
  dose: 'Dose',
  check: 'Check',
  'monitoring-end': 'End of monitoring',
};

/** Cues at minutes after the dose. (Esketamine's device cues are added per session from its dose, so they are not listed here.) */
export function CuesEditor({ cues, onChange }: { cues: ProtocolCue[]; onChange: (cues: ProtocolCue[]) => void }) {
  const update = (index: number, change: Partial<ProtocolCue>) => onChange(cues.map((cue, i) => (i === index ? { ...cue, ...change } : cue)));
  const add = () =>
    onChange([
      ...cues,
      {
        id: newItemId(
          'cue',
          cues.map((cue) => cue.id),
        ),
        label: '',
        atMinute: Number.NaN,
        kind: 'check',
      },
    ]);
  return (
    <fieldset className="editor-group">
      <legend>Cues</legend>
      {cues.length > 0 ? (
        <div className="editor-rows editor-rows-cues">
          <span aria-hidden="true" className="editor-heading">
            Label
          </span>
          <span aria-hidden="true" className="editor-heading">
            At minute
          </span>
          <span aria-hidden="true" className="editor-heading">
            Kind
          </span>
          <span />
          {cues.map((cue, index) => {
            const name = `Cue ${index + 1}`;
            return (
              <div key={cue.id} className="editor-row">
                <RowTextInput
                  label={`${name}: label`}
                  value={cue.label}
                  onChange={(label) => update(index, { label })}
                  maxLength={PROTOCOL_TEXT_LIMITS.label}
                  autoFocus={cue.label === '' && index === cues.length - 1}
                />
                <NumberField label={`${name}: at minute`} labelHidden value={cue.atMinute} onChange={(atMinute) => update(index, { atMinute })} decimals={0} />
                <Select value={cue.kind} onChange={(kind) => update(index, { kind: kind as ProtocolCue['kind'] })} className="row-field select">
                  <Label className="visually-hidden">{`${name}: kind`}</Label>
                  <Button className="field-input select-button">
                    <SelectValue />
                    <span className="select-chevron" aria-hidden="true" />
                  </Button>
                  <Popover className="select-popover">
                    <ListBox className="select-list">
                      {CUE_KINDS.map((kind) => (
                        <ListBoxItem key={kind} id={kind} className="select-option">
                          {KIND_NAMES[kind]}
                        </ListBoxItem>
                      ))}
                    </ListBox>
                  </Popover>
                </Select>
                <ActionButton variant="quiet" onPress={() => onChange(cues.filter((_, i) => i !== index))} aria-label={`Remove ${name.toLowerCase()}`}>
                  Remove
                </ActionButton>
              </div>
            );
          })}
        </div>
      ) : (
        <p className="hint">No cues.</p>
      )}
      <ActionButton variant="quiet" className="editor-add" onPress={add}>
        Add a cue
      </ActionButton>
    </fieldset>
  );
}
