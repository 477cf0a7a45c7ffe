import {
  CONTRAINDICATION_ANSWER_LABELS,
  CONTRAINDICATION_ANSWERS,
  type ContraindicationAnswer,
  EVALUATION_LIMITS,
} from '../../../../shared/evaluation/evaluation-types';
import { Input, Label, RadioGroup, TextField } from '../../ui/aria-primitives';
import { RadioOption } from '../../ui/ChoiceControls';
import type { FindingDraft } from './evaluation-draft';

interface ContraindicationsFieldsProps {
  findings: FindingDraft[];
  onChange: (findings: FindingDraft[]) => void;
}

/** The checklist as this evaluation asks it: each item present, absent or not asked, with a note beside it. */
export function ContraindicationsFields({ findings, onChange }: ContraindicationsFieldsProps) {
  const update = (id: string, change: Partial<FindingDraft>) => onChange(findings.map((finding) => (finding.id === id ? { ...finding, ...change } : finding)));
  return (
    <fieldset className="plain-fieldset evaluation-group">
      <legend className="field-label">Contraindications</legend>
      {findings.length === 0 ? <p className="hint">The clinic&apos;s checklist is empty. Add items in Settings.</p> : null}
      <ul className="finding-list">
        {findings.map((finding) => (
          <li key={finding.id} className="finding">
            <RadioGroup
              value={finding.answer}
              onChange={(answer) => update(finding.id, { answer: answer as ContraindicationAnswer })}
              orientation="horizontal"
              className="finding-answer"
            >
              <Label className="finding-label">{finding.label}</Label>
              <div className="yes-no-options">
                {CONTRAINDICATION_ANSWERS.map((answer) => (
                  <RadioOption key={answer} value={answer}>
                    {CONTRAINDICATION_ANSWER_LABELS[answer]}
                  </RadioOption>
                ))}
              </div>
            </RadioGroup>
            <TextField value={finding.note} onChange={(note) => update(finding.id, { note })} maxLength={EVALUATION_LIMITS.note} className="field finding-note">
              <Label className="visually-hidden">{`Note on ${finding.label}`}</Label>
              <Input className="field-input" autoComplete="off" placeholder="Note" />
            </TextField>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
