import type { ExportFormat } from '../../../../shared/exports/record-export';

export type ExportScope = { kind: 'client'; clientId: string } | { kind: 'practice' };

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  json: 'JSON',
  pdf: 'PDF',
};

/** The files an export writes, one step each, in this order: the JSON first (it is the complete one). */
export function exportSteps(scope: ExportScope, formats: readonly ExportFormat[]): ExportFormat[] {
  if (scope.kind === 'practice') return ['json'];
  return (['json', 'pdf'] as const).filter((format) => formats.includes(format));
}

/** "Writing the PDF (2 of 2)…": what the therapist sees while a step runs. */
export function stepLabel(format: ExportFormat, index: number, count: number): string {
  const what = index === 0 ? `Checking your passphrase, then writing the ${FORMAT_LABELS[format]} file` : `Writing the ${FORMAT_LABELS[format]} file`;
  return count > 1 ? `${what} (${index + 1} of ${count})…` : `${what}…`;
}

/** What the status line says once every step has run or one was cancelled. */
export function doneSentence(saved: readonly string[], cancelled: boolean): string {
  if (saved.length === 0) return 'Nothing was saved: the save dialog was cancelled.';
  const list = saved.join(' and ');
  return cancelled ? `Saved ${list}. The rest was not saved: the save dialog was cancelled.` : `Saved ${list}.`;
}
