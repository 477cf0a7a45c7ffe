import { SIDE_EFFECT_LEVEL_LABELS, type SideEffectLevel } from '../../../../shared/side-effects/side-effect-items';

/** The levels in the order the keys 0 to 3 choose them. */
export const LEVEL_OPTIONS: readonly { value: number; label: string; level: SideEffectLevel }[] = (
  Object.entries(SIDE_EFFECT_LEVEL_LABELS) as [SideEffectLevel, string][]
).map(([level, label], value) => ({ value, label, level }));

/** The clinic's list as typed in the settings box: one item a line, blank lines left out. */
export function itemsFromLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
