import { describe, expect, it } from 'vitest';
import type { Protocol } from '../../../../../../shared/contract';
import { DEFAULT_PROTOCOLS } from '../../../../../../shared/session/default-protocols';
import type { Route } from '../../../../../../shared/session/routes';
import { planInput, plannedMg, type PlanValues } from '../../../../../../renderer/src/features/client-record/plan-session-values';

const protocol = (route: Route): Protocol => ({
  id: `p-${route}`,
  route,
  definition: DEFAULT_PROTOCOLS[route],
  isDefault: true,
  archivedAt: null,
  updatedAt: 0,
});
const values = (overrides: Partial<PlanValues>): PlanValues => ({
  protocolId: 'p-im',
  doseMode: 'mg',
  doseMg: Number.NaN,
  mgPerKg: Number.NaN,
  weightKg: Number.NaN,
  esketamineMg: 56,
  courseSessionNumber: 1,
  ...overrides,
});

describe('planning a session', () => {
  it('works out mg from mg/kg and weight for IM and IV', () => {
    expect(plannedMg(values({ doseMode: 'per-kg', mgPerKg: 0.75, weightKg: 68 }), 'im')).toBe(51);
    expect(planInput(values({ doseMode: 'per-kg', mgPerKg: 0.5, weightKg: 80 }), 'c1', protocol('iv'))).toEqual({
      ok: true,
      input: { clientId: 'c1', protocolId: 'p-iv', courseSessionNumber: 1, mgPerKg: 0.5, weightKg: 80 },
    });
  });

  it('sends esketamine as 56 or 84 mg, never by weight', () => {
    const result = planInput(values({ doseMode: 'per-kg', esketamineMg: 84 }), 'c1', protocol('esketamine'));
    expect(result).toEqual({ ok: true, input: { clientId: 'c1', protocolId: 'p-esketamine', courseSessionNumber: 1, plannedDoseMg: 84 } });
  });

  it('names the field that needs a look, with the same bounds main checks', () => {
    expect(planInput(values({ doseMg: 5000 }), 'c1', protocol('im'))).toEqual({ ok: false, errors: { doseMg: 'Enter a dose above 0 and up to 500 mg.' } });
    expect(planInput(values({ doseMode: 'per-kg', mgPerKg: 4, weightKg: 100 }), 'c1', protocol('iv'))).toMatchObject({
      ok: false,
      errors: { mgPerKg: expect.stringContaining('400 mg') },
    });
    expect(planInput(values({ doseMg: 200, courseSessionNumber: 0 }), 'c1', protocol('sublingual'))).toMatchObject({
      ok: false,
      errors: { courseSessionNumber: expect.any(String) },
    });
    expect(planInput(values({}), 'c1', undefined)).toEqual({ ok: false, errors: { protocolId: 'Choose a protocol.' } });
  });
});
