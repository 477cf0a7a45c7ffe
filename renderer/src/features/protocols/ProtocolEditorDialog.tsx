import { useState, type FormEvent } from 'react';
import { Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { PROTOCOL_TEXT_LIMITS, protocolDefinitionSchema, type ProtocolDefinition } from '../../../../shared/session/protocol';
import { ROUTE_LABELS } from '../../../../shared/session/routes';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextInputField } from '../../ui/TextInputField';
import { NumberInput } from '../sessions/fields/NumberInput';
import { ChecklistEditor } from './ChecklistEditor';
import { CuesEditor } from './CuesEditor';
import { PhasesEditor } from './PhasesEditor';
import { describeIssues, phaseRows, phasesFromRows, type PhaseRow } from './protocol-draft';
import { useSaveProtocol } from './protocol-queries';

interface ProtocolEditorDialogProps {
  /** The template to change; absent for a new one made from `definition`. */
  id?: string;
  definition: ProtocolDefinition;
  onClose(): void;
  onSaved(name: string): void;
}

/** A protocol template, whole: phases, cues, both checklists, the monitoring minimum and its source. Checked against the same schema main uses. */
export function ProtocolEditorDialog({ id, definition, onClose, onSaved }: ProtocolEditorDialogProps) {
  const [draft, setDraft] = useState<ProtocolDefinition>(definition);
  const [phases, setPhases] = useState<PhaseRow[]>(() => phaseRows(definition));
  const [problems, setProblems] = useState<string[]>([]);
  const save = useSaveProtocol();
  const set = <K extends keyof ProtocolDefinition>(key: K, value: ProtocolDefinition[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const parsed = protocolDefinitionSchema.safeParse({ ...draft, phases: phasesFromRows(phases) });
    if (!parsed.success) {
      setProblems(describeIssues(parsed.error.issues));
      return;
    }
    setProblems([]);
    save.mutate({ id, definition: parsed.data }, { onSuccess: (saved) => onSaved(saved.definition.name) });
  };

  return (
    <ModalOverlay isOpen onOpenChange={(open) => !open && onClose()} className="modal-overlay">
      <Modal className="modal protocol-modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {id ? `Edit ${definition.name}` : 'New protocol'}
          </Heading>
          <Form onSubmit={submit} className="form">
            <p className="hint">
              {ROUTE_LABELS[draft.route]}. Sessions already planned or run keep the version they started with; changes apply to sessions planned from now on.
            </p>
            <TextInputField label="Name" value={draft.name} onChange={(name) => set('name', name)} maxLength={PROTOCOL_TEXT_LIMITS.name} autoFocus isRequired />
            <PhasesEditor rows={phases} onChange={setPhases} />
            <CuesEditor cues={draft.cues} onChange={(cues) => set('cues', cues)} />
            <ChecklistEditor title="Readiness checklist" items={draft.readinessChecklist} onChange={(items) => set('readinessChecklist', items)} />
            <ChecklistEditor title="Discharge checklist" items={draft.dischargeChecklist} onChange={(items) => set('dischargeChecklist', items)} />
            <NumberInput
              label="Minimum monitoring (minutes after the dose)"
              description="0 when the protocol sets none. Discharge before it is flagged, never refused."
              value={draft.minimumMonitoringMinutes}
              onChange={(minutes) => set('minimumMonitoringMinutes', minutes)}
              formatOptions={{ maximumFractionDigits: 0 }}
              className="field-short"
            />
            <TextAreaField label="Source" description="Where these numbers come from; shown beside them." value={draft.source} onChange={(source) => set('source', source)} maxLength={PROTOCOL_TEXT_LIMITS.source} rows={3} />
            <FormAlert>
              {problems.length > 0 ? (
                <ul className="problem-list">
                  {problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              ) : save.isError ? (
                describeError(save.error)
              ) : null}
            </FormAlert>
            <div className="actions">
              <ActionButton onPress={onClose}>Cancel</ActionButton>
              <ActionButton type="submit" variant="primary" busy={save.isPending}>
                Save protocol
              </ActionButton>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
