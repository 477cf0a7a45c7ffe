import { MEASURE_KINDS, type MeasureKind } from '../measures/questionnaires';

interface DatedMeasure {
  kind: MeasureKind;
  takenOn: string;
  createdAt: number;
  withdrawnAt: number | null;
}

/**
 * The measures an evaluation stands on, one per instrument: the latest taken on or before the
 * evaluation date, else the first taken after it (a baseline recorded a few days later). Withdrawn
 * measures never count.
 */
export function baselineMeasures<M extends DatedMeasure>(measures: readonly M[], evaluatedOn: string): Partial<Record<MeasureKind, M>> {
  const inOrder = measures.filter((measure) => measure.withdrawnAt === null).sort((a, b) => a.takenOn.localeCompare(b.takenOn) || a.createdAt - b.createdAt);
  const baselines: Partial<Record<MeasureKind, M>> = {};
  for (const kind of MEASURE_KINDS) {
    const own = inOrder.filter((measure) => measure.kind === kind);
    const found = own.filter((measure) => measure.takenOn <= evaluatedOn).at(-1) ?? own.find((measure) => measure.takenOn > evaluatedOn);
    if (found) baselines[kind] = found;
  }
  return baselines;
}
