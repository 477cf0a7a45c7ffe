export const ROUTES = ['im', 'iv', 'esketamine', 'sublingual'] as const;
export type Route = (typeof ROUTES)[number];

export const ROUTE_LABELS: Record<Route, string> = {
  im: 'Intramuscular (IM)',
  iv: 'Intravenous (IV)',
  esketamine: 'Intranasal esketamine (Spravato)',
  sublingual: 'Sublingual lozenge',
};

/**
 * Plausibility bounds for a single dose, per route: they catch typing slips (5000 for 50),
 * they are not clinical limits. Esketamine comes only in 28 mg devices.
 */
export const DOSE_BOUNDS_MG: Record<Route, { max: number }> = {
  im: { max: 500 },
  iv: { max: 300 },
  esketamine: { max: 84 },
  sublingual: { max: 1000 },
};

/** The most any single dose can be, whatever the route: the contract's bound before the route's own. */
export const MAX_SINGLE_DOSE_MG = Math.max(...ROUTES.map((route) => DOSE_BOUNDS_MG[route].max));

/** Routes whose dose may be planned by weight (mg/kg times the weight). */
export const BY_WEIGHT_ROUTES = ['im', 'iv'] as const satisfies readonly Route[];

export function dosedByWeight(route: Route): boolean {
  return (BY_WEIGHT_ROUTES as readonly Route[]).includes(route);
}

/** "IM and IV", as messages name them. */
export const BY_WEIGHT_ROUTE_NAMES = BY_WEIGHT_ROUTES.map((route) => route.toUpperCase()).join(' and ');

/** Bounds of a plan, read by the contract, the main process and the plan form alike. */
export const PLAN_LIMITS = {
  mgPerKg: { max: 10 },
  weightKg: { min: 20, max: 350 },
  courseSessionNumber: { min: 1, max: 500 },
} as const;

export const ESKETAMINE_MG_PER_DEVICE = 28;
export const ESKETAMINE_DOSES_MG = [56, 84] as const;
/** The most devices a session can have (84 mg). */
export const ESKETAMINE_MAX_DEVICES = Math.max(...ESKETAMINE_DOSES_MG) / ESKETAMINE_MG_PER_DEVICE;
/** Spravato: 5 minutes' rest between devices (docs/clinical.md, section 1). */
export const ESKETAMINE_MINUTES_BETWEEN_DEVICES = 5;

export function esketamineDeviceCount(doseMg: number): number {
  return Math.round(doseMg / ESKETAMINE_MG_PER_DEVICE);
}

/** mg from mg/kg and weight, rounded to 0.1 mg (IM and IV). */
export function doseFromWeight(mgPerKg: number, weightKg: number): number {
  return Math.round(mgPerKg * weightKg * 10) / 10;
}
