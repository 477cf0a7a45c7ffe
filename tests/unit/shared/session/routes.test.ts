import { describe, expect, it } from 'vitest';
import { sessionsMethods } from '../../../../shared/contract/sessions';
import {
  BY_WEIGHT_ROUTE_NAMES,
  dosedByWeight,
  ESKETAMINE_MAX_DEVICES,
  esketamineDeviceCount,
  MAX_SINGLE_DOSE_MG,
  PLAN_LIMITS,
  ROUTES,
} from '../../../../shared/session/routes';
import { timelineEntrySchema } from '../../../../shared/session/timeline';

const plan = sessionsMethods['sessions.plan'].input;
const base = { clientId: 'c1', protocolId: 'p1' };

describe('plan limits and routes', () => {
  it('plans by weight for IM and IV only', () => {
    expect(ROUTES.filter(dosedByWeight)).toEqual(['im', 'iv']);
    expect(BY_WEIGHT_ROUTE_NAMES).toBe('IM and IV');
  });

  it('bounds the contract by the same limits, inclusive at each end', () => {
    const { weightKg, mgPerKg, courseSessionNumber } = PLAN_LIMITS;
    expect(plan.safeParse({ ...base, weightKg: weightKg.min, mgPerKg: mgPerKg.max }).success).toBe(true);
    expect(plan.safeParse({ ...base, weightKg: weightKg.max }).success).toBe(true);
    expect(plan.safeParse({ ...base, weightKg: weightKg.min - 0.1 }).success).toBe(false);
    expect(plan.safeParse({ ...base, weightKg: weightKg.max + 0.1 }).success).toBe(false);
    expect(plan.safeParse({ ...base, mgPerKg: mgPerKg.max + 0.01 }).success).toBe(false);
    expect(plan.safeParse({ ...base, courseSessionNumber: courseSessionNumber.max }).success).toBe(true);
    expect(plan.safeParse({ ...base, courseSessionNumber: courseSessionNumber.max + 1 }).success).toBe(false);
    expect(plan.safeParse({ ...base, courseSessionNumber: courseSessionNumber.min - 1 }).success).toBe(false);
  });

  it('takes the largest route bound as the outer dose bound, for plans and logged doses alike', () => {
    expect(MAX_SINGLE_DOSE_MG).toBe(1000);
    expect(plan.safeParse({ ...base, plannedDoseMg: MAX_SINGLE_DOSE_MG }).success).toBe(true);
    expect(plan.safeParse({ ...base, plannedDoseMg: MAX_SINGLE_DOSE_MG + 1 }).success).toBe(false);
    expect(timelineEntrySchema.safeParse({ kind: 'dose', amountMg: MAX_SINGLE_DOSE_MG + 1 }).success).toBe(false);
  });

  it('allows device numbers up to the devices of the largest esketamine dose', () => {
    expect(ESKETAMINE_MAX_DEVICES).toBe(esketamineDeviceCount(84));
    expect(ESKETAMINE_MAX_DEVICES).toBe(3);
    expect(timelineEntrySchema.safeParse({ kind: 'dose', amountMg: 28, deviceNumber: 3 }).success).toBe(true);
    expect(timelineEntrySchema.safeParse({ kind: 'dose', amountMg: 28, deviceNumber: 4 }).success).toBe(false);
  });
});
