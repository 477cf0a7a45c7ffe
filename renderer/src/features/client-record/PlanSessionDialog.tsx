import { useState, type FormEvent } from 'react';
import { Dialog, FieldError, Form, Heading, Label, Modal, ModalOverlay, Radio, RadioGroup, Text } from 'react-aria-components';
import type { Protocol, Session } from '../../../../shared/contract';
import {
  dosedByWeight,
  ESKETAMINE_DOSES_MG,
  ESKETAMINE_MG_PER_DEVICE,
  ESKETAMINE_MINUTES_BETWEEN_DEVICES,
  esketamineDeviceCount,
  ROUTE_LABELS,
  type Route,
} from '../../../../shared/session/routes';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { NumberInput } from '../sessions/fields/NumberInput';
import { usePlanSession } from '../sessions/session-queries';
import { planInput, plannedMg, type DoseMode, type PlanValues } from './plan-session-values';

interface PlanSessionDialogProps {
  clientId: string;
  clientName: string;
  protocols: Protocol[];
  /** The route of the client's last session: its protocol is offered first. */
  lastRoute: Route | null;
  nextSessionNumber: number;
  onClose: () => void;
  onPlanned: (session: Session) => void;
}

/** The last route's default protocol (a course usually keeps its route), else that route's first, else the first. */
function preferredProtocol(protocols: readonly Protocol[], route: Route | null): Protocol | undefined {
  const sameRoute = protocols.filter((protocol) => protocol.route === route);
  return sameRoute.find((protocol) => protocol.isDefault) ?? sameRoute[0] ?? protocols[0];
}

/** Route (through its protocol), planned dose and the session's place in the course. */
export function PlanSessionDialog({ clientId, clientName, protocols, lastRoute, nextSessionNumber, onClose, onPlanned }: PlanSessionDialogProps) {
  const [values, setValues] = useState<PlanValues>({
    protocolId: preferredProtocol(protocols, lastRoute)?.id ?? null,
    doseMode: 'mg',
    doseMg: Number.NaN,
    mgPerKg: Number.NaN,
    weightKg: Number.NaN,
    esketamineMg: ESKETAMINE_DOSES_MG[0],
    courseSessionNumber: nextSessionNumber,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const plan = usePlanSession();
  const protocol = protocols.find((candidate) => candidate.id === values.protocolId);
  const set = <K extends keyof PlanValues>(key: K, value: PlanValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const byWeight = protocol !== undefined && dosedByWeight(protocol.route) && values.doseMode === 'per-kg';
  const computedMg = protocol ? plannedMg(values, protocol.route) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (plan.isPending) return;
    const result = planInput(values, clientId, protocol);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    plan.mutate(result.input, { onSuccess: onPlanned });
  };

  return (
    <ModalOverlay isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal-overlay">
      <Modal className="modal plan-modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            Plan a session with {clientName}
          </Heading>
          <Form onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form">
            <RadioGroup name="protocolId" value={values.protocolId} onChange={(id) => set('protocolId', id)} className="field radio-list" isRequired>
              <Label className="field-label">Route and protocol</Label>
              {protocols.map((candidate) => (
                <Radio key={candidate.id} value={candidate.id} className="radio" autoFocus={candidate.id === values.protocolId}>
                  <span className="radio-dot" aria-hidden="true" />
                  <span>
                    {candidate.definition.name}
                    <span className="radio-detail"> · {ROUTE_LABELS[candidate.route]}</span>
                  </span>
                </Radio>
              ))}
              <FieldError className="field-error" />
            </RadioGroup>

            {protocol?.route === 'esketamine' ? (
              <RadioGroup
                value={String(values.esketamineMg)}
                onChange={(mg) => set('esketamineMg', Number(mg) as PlanValues['esketamineMg'])}
                orientation="horizontal"
                className="field"
              >
                <Label className="field-label">Dose</Label>
                <div className="yes-no-options">
                  {ESKETAMINE_DOSES_MG.map((mg) => (
                    <Radio key={mg} value={String(mg)} className="radio">
                      <span className="radio-dot" aria-hidden="true" />
                      {mg} mg, {esketamineDeviceCount(mg)} devices
                    </Radio>
                  ))}
                </div>
                <Text slot="description" className="field-description">
                  One {ESKETAMINE_MG_PER_DEVICE} mg device every {ESKETAMINE_MINUTES_BETWEEN_DEVICES} minutes; the room cues each one.
                </Text>
              </RadioGroup>
            ) : protocol ? (
              <>
                {dosedByWeight(protocol.route) ? (
                  <RadioGroup value={values.doseMode} onChange={(mode) => set('doseMode', mode as DoseMode)} orientation="horizontal" className="field">
                    <Label className="field-label">Planned dose</Label>
                    <div className="yes-no-options">
                      <Radio value="mg" className="radio">
                        <span className="radio-dot" aria-hidden="true" />
                        In mg
                      </Radio>
                      <Radio value="per-kg" className="radio">
                        <span className="radio-dot" aria-hidden="true" />
                        By weight (mg/kg)
                      </Radio>
                    </div>
                  </RadioGroup>
                ) : null}
                {byWeight ? (
                  <div className="field-pair">
                    <NumberInput name="mgPerKg" label="mg per kg" value={values.mgPerKg} onChange={(value) => set('mgPerKg', value)} formatOptions={{ maximumFractionDigits: 2 }} />
                    <NumberInput name="weightKg" label="Weight (kg)" value={values.weightKg} onChange={(value) => set('weightKg', value)} formatOptions={{ maximumFractionDigits: 1 }} />
                  </div>
                ) : (
                  <NumberInput
                    name="doseMg"
                    label="Dose (mg)"
                    value={values.doseMg}
                    onChange={(value) => set('doseMg', value)}
                    formatOptions={{ maximumFractionDigits: 1 }}
                    className="field-short"
                  />
                )}
                {byWeight ? (
                  <p className="computed-dose" role="status">
                    {computedMg !== null ? `Comes to ${computedMg} mg.` : 'Enter both to see the dose in mg.'}
                  </p>
                ) : null}
              </>
            ) : null}

            <NumberInput
              name="courseSessionNumber"
              label="Session number in the course"
              description={`The next one is ${nextSessionNumber}.`}
              value={values.courseSessionNumber}
              onChange={(value) => set('courseSessionNumber', value)}
              formatOptions={{ maximumFractionDigits: 0 }}
              className="field-short"
            />
            <FormAlert>{plan.isError ? describeError(plan.error) : null}</FormAlert>
            <div className="actions">
              <ActionButton onPress={onClose}>Cancel</ActionButton>
              <ActionButton type="submit" variant="primary" busy={plan.isPending}>
                Plan and go to check-in
              </ActionButton>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
