import { describe, expect, it } from 'vitest';
import { PROMPT_PHASES, promptPhaseForClock } from '../../../../shared/prompts/prompt-phases';
import { DEFAULT_PROMPTS } from '../../../../shared/prompts/default-prompts';
import { DEFAULT_PROTOCOLS } from '../../../../shared/session/default-protocols';
import { computeSessionClock } from '../../../../shared/session/session-clock';
import { anchors, MIN, T0 } from '../../../support/session-anchors';

describe('promptPhaseForClock', () => {
  it('offers preparation prompts before the dose', () => {
    expect(promptPhaseForClock(computeSessionClock(anchors({ dosedAt: null }), DEFAULT_PROTOCOLS.im, T0 - 5 * MIN))).toBe('before');
  });

  it.each([
    [1, 'during'],
    [4, 'during'],
    [10, 'during'],
    [59, 'during'],
    [60, 'after'],
    [95, 'after'],
    [200, 'after'],
  ] as const)('IM at T+%i min offers %s prompts', (minutes, phase) => {
    expect(promptPhaseForClock(computeSessionClock(anchors(), DEFAULT_PROTOCOLS.im, T0 + minutes * MIN))).toBe(phase);
  });

  it('follows a marked return, not the planned one', () => {
    const marked = anchors({ phaseMarks: { return: T0 + 30 * MIN } });
    expect(promptPhaseForClock(computeSessionClock(marked, DEFAULT_PROTOCOLS.im, T0 + 29 * MIN))).toBe('during');
    expect(promptPhaseForClock(computeSessionClock(marked, DEFAULT_PROTOCOLS.im, T0 + 31 * MIN))).toBe('after');
  });

  it('offers after-session prompts once the session has ended, whatever the phase', () => {
    expect(promptPhaseForClock(computeSessionClock(anchors({ endedAt: T0 + 10 * MIN }), DEFAULT_PROTOCOLS.im, T0 + 11 * MIN))).toBe('after');
    expect(promptPhaseForClock({ stage: 'ended', phase: null })).toBe('after');
  });

  it('maps each phase key directly', () => {
    const at = (key: 'onset' | 'peak' | 'return' | 'integration' | 'discharge') =>
      promptPhaseForClock({ stage: 'dosed', phase: { key, label: key, startsAt: T0, marked: false } });
    expect([at('onset'), at('peak'), at('return'), at('integration'), at('discharge')]).toEqual(['during', 'during', 'after', 'after', 'after']);
    expect(promptPhaseForClock({ stage: 'dosed', phase: null })).toBe('during');
    expect(promptPhaseForClock({ stage: 'before-dose', phase: { key: 'return', label: 'Return', startsAt: T0, marked: true } })).toBe('before');
  });
});

describe('default prompts', () => {
  it('cover all five phases with unique keys', () => {
    expect(new Set(DEFAULT_PROMPTS.map((prompt) => prompt.phase))).toEqual(new Set(PROMPT_PHASES));
    expect(new Set(DEFAULT_PROMPTS.map((prompt) => prompt.key)).size).toBe(DEFAULT_PROMPTS.length);
  });
});
