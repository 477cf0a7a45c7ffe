import type { MethodInput, Protocol } from '../../../../shared/contract';
import { DOSE_BOUNDS_MG, doseFromWeight, dosedByWeight, ESKETAMINE_DOSES_MG, PLAN_LIMITS, type Route } from '../../../../shared/session/routes';

export type DoseMode = 'mg' | 'per-kg';

/** The plan form as typed; NaN is an empty number field. */
export interface PlanValues {
  protocolId: string | null;
  doseMode: DoseMode;
  doseMg: number;
  mgPerKg: number;
  weightKg: number;
  esketamineMg: (typeof ESKETAMINE_DOSES_MG)[number];
  courseSessionNumber: number;
}

/** The mg the plan comes to, or null while it cannot be worked out. */
export function plannedMg(values: PlanValues, route: Route): number | null {
  if (route === 'esketamine') return values.esketamineMg;
  if (dosedByWeight(route) && values.doseMode === 'per-kg') {
    return Number.isFinite(values.mgPerKg) && Number.isFinite(values.weightKg) ? doseFromWeight(values.mgPerKg, values.weightKg) : null;
  }
  return Number.isFinite(values.doseMg) ? values.doseMg : null;
}

type PlanResult = { ok: true; input: MethodInput<'sessions.plan'> } | { ok: false; errors: Record<string, string> };

/** The request to send, or which fields need a look (same bounds main checks, said in the form's words). */
export function planInput(values: PlanValues, clientId: string, protocol: Protocol | undefined): PlanResult {
  if (!protocol) return { ok: false, errors: { protocolId: 'Choose a protocol.' } };
  const route = protocol.route;
  const errors: Record<string, string> = {};
  const { max } = DOSE_BOUNDS_MG[route];
  const input: MethodInput<'sessions.plan'> = { clientId, protocolId: protocol.id, courseSessionNumber: values.courseSessionNumber };
  const course = PLAN_LIMITS.courseSessionNumber;
  if (!Number.isInteger(values.courseSessionNumber) || values.courseSessionNumber < course.min || values.courseSessionNumber > course.max) {
    errors.courseSessionNumber = `Enter a whole number from ${course.min} to ${course.max}.`;
  }
  if (route === 'esketamine') {
    input.plannedDoseMg = values.esketamineMg;
  } else if (dosedByWeight(route) && values.doseMode === 'per-kg') {
    const { mgPerKg, weightKg } = PLAN_LIMITS;
    if (!(values.mgPerKg > 0 && values.mgPerKg <= mgPerKg.max)) errors.mgPerKg = `Enter mg per kg above 0 and up to ${mgPerKg.max}.`;
    if (!(values.weightKg >= weightKg.min && values.weightKg <= weightKg.max)) errors.weightKg = `Enter a weight from ${weightKg.min} to ${weightKg.max} kg.`;
    const mg = plannedMg(values, route);
    if (!errors.mgPerKg && !errors.weightKg && mg !== null && mg > max)
      errors.mgPerKg = `That comes to ${mg} mg, above the ${max} mg a single dose can plausibly be.`;
    input.mgPerKg = values.mgPerKg;
    input.weightKg = values.weightKg;
  } else {
    if (!(values.doseMg > 0 && values.doseMg <= max)) errors.doseMg = `Enter a dose above 0 and up to ${max} mg.`;
    input.plannedDoseMg = values.doseMg;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}
