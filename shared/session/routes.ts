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

export const ESKETAMINE_MG_PER_DEVICE = 28;
export const ESKETAMINE_DOSES_MG = [56, 84] as const;
/** Spravato: 5 minutes' rest between devices (docs/clinical.md, section 1). */
export const ESKETAMINE_MINUTES_BETWEEN_DEVICES = 5;

export function esketamineDeviceCount(doseMg: number): number {
  return Math.round(doseMg / ESKETAMINE_MG_PER_DEVICE);
}

/** mg from mg/kg and weight, rounded to 0.1 mg (IM and IV). */
export function doseFromWeight(mgPerKg: number, weightKg: number): number {
  return Math.round(mgPerKg * weightKg * 10) / 10;
}
