import { useState } from 'react';
import { FieldError, Label, RadioGroup, Text } from '../../ui/aria-primitives';
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
import { RadioOption } from '../../ui/ChoiceControls';
import { FormDialog } from '../../ui/FormDialog';
import { useSubmit } from '../../ui/use-submit';
import { NumberField } from '../../ui/NumberField';
import { RemsEnrolmentWarning } from '../evaluation';
import { usePlanSession } from '../sessions';
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

/** The fields a plan's problems are said on. */
type PlanField = 'protocolId' | 'doseMg' | 'mgPerKg' | 'weightKg' | 'courseSessionNumber';

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
  const plan = usePlanSession();
  const planning = useSubmit<PlanField>();
  const protocol = protocols.find((candidate) => candidate.id === values.protocolId);
  const set = <K extends PlanField | 'doseMode' | 'esketamineMg'>(key: K, value: PlanValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    if (key !== 'doseMode' && key !== 'esketamineMg') planning.clearFieldError(key);
  };
  const byWeight = protocol !== undefined && dosedByWeight(protocol.route) && values.doseMode === 'per-kg';
  const computedMg = protocol ? plannedMg(values, protocol.route) : null;

  const submit = () => {
    const result = planInput(values, clientId, protocol);
    if (!result.ok) {
      planning.showProblems(result.errors);
      return;
    }
    planning.showProblems({});
    void planning.run(async () => onPlanned(await plan.mutateAsync(result.input)));
  };

  return (
    <FormDialog
      title={`Plan a session with ${clientName}`}
      submitLabel="Plan and go to check-in"
      {...planning.formProps}
      onSubmit={submit}
      onClose={onClose}
      isDismissable
      modalClassName="plan-modal"
    >
      <RadioGroup name="protocolId" value={values.protocolId} onChange={(id) => set('protocolId', id)} className="field radio-list" isRequired>
        <Label className="field-label">Route and protocol</Label>
        {protocols.map((candidate) => (
          <RadioOption key={candidate.id} value={candidate.id} autoFocus={candidate.id === values.protocolId}>
            <span>
              {candidate.definition.name}
              <span className="radio-detail"> · {ROUTE_LABELS[candidate.route]}</span>
            </span>
          </RadioOption>
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
              <RadioOption key={mg} value={String(mg)}>
                {mg} mg, {esketamineDeviceCount(mg)} devices
              </RadioOption>
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
                <RadioOption value="mg">In mg</RadioOption>
                <RadioOption value="per-kg">By weight (mg/kg)</RadioOption>
              </div>
            </RadioGroup>
          ) : null}
          {byWeight ? (
            <div className="field-pair">
              <NumberField name="mgPerKg" label="mg per kg" value={values.mgPerKg} onChange={(value) => set('mgPerKg', value)} decimals={2} />
              <NumberField name="weightKg" label="Weight (kg)" value={values.weightKg} onChange={(value) => set('weightKg', value)} decimals={1} />
            </div>
          ) : (
            <NumberField
              name="doseMg"
              label="Dose (mg)"
              value={values.doseMg}
              onChange={(value) => set('doseMg', value)}
              decimals={1}
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

      <NumberField
        name="courseSessionNumber"
        label="Session number in the course"
        description={`The next one is ${nextSessionNumber}.`}
        value={values.courseSessionNumber}
        onChange={(value) => set('courseSessionNumber', value)}
        decimals={0}
        className="field-short"
      />
      <RemsEnrolmentWarning clientId={clientId} route={protocol?.route ?? null} stillPossible="You can still plan the session." />
    </FormDialog>
  );
}
