import { useState } from 'react';
import { PROTOCOL_TEXT_LIMITS, protocolDefinitionSchema, type ProtocolDefinition } from '../../../../shared/session/protocol';
import { ROUTE_LABELS } from '../../../../shared/session/routes';
import { FormDialog } from '../../ui/FormDialog';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextInputField } from '../../ui/TextInputField';
import { useSubmit } from '../../ui/use-submit';
import { NumberField } from '../../ui/NumberField';
import { ChecklistEditor } from './ChecklistEditor';
import { CuesEditor } from './CuesEditor';
import { PhasesEditor } from './PhasesEditor';
import { describeIssues, phaseRows, phasesFromRows, type PhaseRow } from './protocol-draft';
import { useSaveProtocol } from './protocol-queries';

interface ProtocolEditorDialogProps {
  /** The template to change; absent for a new one made from `definition`. */
  id?: string;
  definition: ProtocolDefinition;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/** A protocol template, whole: phases, cues, both checklists, the monitoring minimum and its source. Checked against the same schema main uses. */
export function ProtocolEditorDialog({ id, definition, onClose, onSaved }: ProtocolEditorDialogProps) {
  const [draft, setDraft] = useState<ProtocolDefinition>(definition);
  const [phases, setPhases] = useState<PhaseRow[]>(() => phaseRows(definition));
  const [problems, setProblems] = useState<string[]>([]);
  const save = useSaveProtocol();
  const saving = useSubmit();
  const set = <K extends keyof ProtocolDefinition>(key: K, value: ProtocolDefinition[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = () => {
    const parsed = protocolDefinitionSchema.safeParse({ ...draft, phases: phasesFromRows(phases) });
    if (!parsed.success) {
      setProblems(describeIssues(parsed.error.issues));
      return;
    }
    setProblems([]);
    void saving.run(async () => onSaved((await save.mutateAsync({ id, definition: parsed.data })).definition.name));
  };

  return (
    <FormDialog
      title={id ? `Edit ${definition.name}` : 'New protocol'}
      submitLabel="Save protocol"
      busy={saving.busy}
      error={
        problems.length > 0 ? (
          <ul className="problem-list">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : (
          saving.error
        )
      }
      onSubmit={submit}
      onClose={onClose}
      modalClassName="protocol-modal"
      validationBehavior="native"
    >
      <p className="hint">
        {ROUTE_LABELS[draft.route]}. Sessions already planned or run keep the version they started with; changes apply to sessions planned from now on.
      </p>
      <TextInputField label="Name" value={draft.name} onChange={(name) => set('name', name)} maxLength={PROTOCOL_TEXT_LIMITS.name} autoFocus isRequired />
      <PhasesEditor rows={phases} onChange={setPhases} />
      <CuesEditor cues={draft.cues} onChange={(cues) => set('cues', cues)} />
      <ChecklistEditor title="Readiness checklist" items={draft.readinessChecklist} onChange={(items) => set('readinessChecklist', items)} />
      <ChecklistEditor title="Discharge checklist" items={draft.dischargeChecklist} onChange={(items) => set('dischargeChecklist', items)} />
      <NumberField
        label="Minimum monitoring (minutes after the dose)"
        description="0 when the protocol sets none. Discharge before it is flagged, never refused."
        value={draft.minimumMonitoringMinutes}
        onChange={(minutes) => set('minimumMonitoringMinutes', minutes)}
        decimals={0}
        className="field-short"
      />
      <TextAreaField
        label="Source"
        description="Where these numbers come from; shown beside them."
        value={draft.source}
        onChange={(source) => set('source', source)}
        maxLength={PROTOCOL_TEXT_LIMITS.source}
        rows={3}
      />
    </FormDialog>
  );
}
