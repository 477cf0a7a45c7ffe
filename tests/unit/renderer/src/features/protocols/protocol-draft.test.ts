import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOLS } from '../../../../../../shared/session/default-protocols';
import { protocolDefinitionSchema } from '../../../../../../shared/session/protocol';
import { describeIssues, newItemId, phaseRows, phasesFromRows } from '../../../../../../renderer/src/features/protocols/protocol-draft';

describe('protocol editor', () => {
  it('round-trips phases through the editor rows, keeping unused phases out', () => {
    const rows = phaseRows(DEFAULT_PROTOCOLS.iv);
    expect(phasesFromRows(rows)).toEqual(DEFAULT_PROTOCOLS.iv.phases);
    const withoutPeak = rows.map((row) => (row.key === 'peak' ? { ...row, used: false } : row));
    expect(phasesFromRows(withoutPeak).map((phase) => phase.key)).toEqual(['onset', 'return', 'integration', 'discharge']);
  });

  it('makes ids from labels that do not clash with the ones taken', () => {
    expect(newItemId('Music chosen together!', [])).toBe('music-chosen-together');
    expect(newItemId('item', ['item', 'item-2'])).toBe('item-3');
    expect(newItemId('***', [])).toBe('item');
  });

  it('turns schema issues into sentences naming the section and item', () => {
    const broken = { ...DEFAULT_PROTOCOLS.im, phases: [...DEFAULT_PROTOCOLS.im.phases].reverse(), cues: [{ ...DEFAULT_PROTOCOLS.im.cues[0]!, label: '' }] };
    const result = protocolDefinitionSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const sentences = describeIssues(result.error!.issues);
    expect(sentences).toContain('Phases: Phases must start one after another');
    expect(sentences.some((sentence) => sentence.startsWith('Cues, item 1:'))).toBe(true);
  });
});
