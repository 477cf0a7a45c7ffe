import { SIDE_EFFECT_LEVEL_LABELS, type SideEffectLevel } from '../../../../shared/side-effects/side-effect-items';

/** The levels in the order the keys 0 to 3 choose them. */
export const LEVEL_OPTIONS: readonly { value: number; label: string; level: SideEffectLevel }[] = (
  Object.entries(SIDE_EFFECT_LEVEL_LABELS) as [SideEffectLevel, string][]
).map(([level, label], value) => ({ value, label, level }));
