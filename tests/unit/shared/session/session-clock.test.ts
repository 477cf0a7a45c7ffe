import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOLS } from '../../../../shared/session/default-protocols';
import { protocolDefinitionSchema } from '../../../../shared/session/protocol';
import { ROUTES } from '../../../../shared/session/routes';
import { computeSessionClock, formatElapsed } from '../../../../shared/session/session-clock';
import { snapshotProtocol } from '../../../../shared/session/session-snapshot';
import { anchors, MIN, T0 } from '../../../support/session-anchors';

describe('default protocols', () => {
  it.each(ROUTES)('%s passes its own schema and cites a source', (route) => {
    const protocol = DEFAULT_PROTOCOLS[route];
    expect(protocolDefinitionSchema.safeParse(protocol).success).toBe(true);
    expect(protocol.route).toBe(route);
    expect(protocol.source).toMatch(/CLINICAL\.md/);
  });
});

describe('computeSessionClock', () => {
  it('has no clock before the dose', () => {
    const clock = computeSessionClock(anchors({ dosedAt: null }), DEFAULT_PROTOCOLS.im, T0 + 5 * MIN);
    expect(clock).toMatchObject({ stage: 'before-dose', elapsedMs: null, phase: null, cues: [] });
  });

  it.each([
    [
      'im',
      [
        [0, 'onset'],
        [4, 'onset'],
        [5, 'peak'],
        [59, 'peak'],
        [60, 'return'],
        [90, 'integration'],
        [150, 'discharge'],
      ],
    ],
    [
      'sublingual',
      [
        [0, 'onset'],
        [19, 'onset'],
        [20, 'peak'],
        [60, 'return'],
        [105, 'integration'],
        [150, 'discharge'],
      ],
    ],
    [
      'iv',
      [
        [0, 'onset'],
        [30, 'peak'],
        [45, 'return'],
        [70, 'integration'],
        [100, 'discharge'],
      ],
    ],
    [
      'esketamine',
      [
        [0, 'onset'],
        [15, 'peak'],
        [45, 'return'],
        [90, 'integration'],
        [120, 'discharge'],
        [300, 'discharge'],
      ],
    ],
  ] as const)('places the %s phases at their offsets from T0', (route, expectations) => {
    for (const [minute, phase] of expectations) {
      const clock = computeSessionClock(anchors(), DEFAULT_PROTOCOLS[route], T0 + minute * MIN);
      expect(clock.phase?.key, `${route} at T+${minute}`).toBe(phase);
      expect(clock.elapsedMs).toBe(minute * MIN);
    }
  });

  it('counts the esketamine cues down: devices at T+5 and T+10 for 84 mg, blood pressure at T+40, monitoring to T+120', () => {
    const protocol = snapshotProtocol(DEFAULT_PROTOCOLS.esketamine, 3);
    const clock = computeSessionClock(anchors(), protocol, T0 + 7 * MIN);
    expect(clock.cues.map((cue) => [cue.id, cue.state, (cue.dueAt - T0) / MIN])).toEqual([
      ['device-2', 'due', 5],
      ['device-3', 'upcoming', 10],
      ['bp-40', 'upcoming', 40],
      ['bp-before-discharge', 'upcoming', 110],
      ['monitoring-end', 'upcoming', 120],
    ]);
    expect(clock.cues.find((cue) => cue.id === 'bp-40')?.remainingMs).toBe(33 * MIN);
    expect(clock.monitoringEndsAt).toBe(T0 + 120 * MIN);
  });

  it('gives two devices for 56 mg and none extra for other routes', () => {
    expect(
      snapshotProtocol(DEFAULT_PROTOCOLS.esketamine, 2)
        .cues.filter((cue) => cue.kind === 'dose')
        .map((cue) => cue.atMinute),
    ).toEqual([5]);
    expect(snapshotProtocol(DEFAULT_PROTOCOLS.im, null)).toBe(DEFAULT_PROTOCOLS.im);
  });

  it('shows an acknowledged cue as acknowledged, due or not', () => {
    const clock = computeSessionClock(anchors({ acknowledgedCues: { 'bp-40': T0 + 41 * MIN } }), DEFAULT_PROTOCOLS.esketamine, T0 + 50 * MIN);
    expect(clock.cues.find((cue) => cue.id === 'bp-40')).toMatchObject({ state: 'acknowledged', acknowledgedAt: T0 + 41 * MIN });
  });

  it('moves a marked phase, and the phases after it keep their spacing', () => {
    const marked = anchors({ phaseMarks: { return: T0 + 40 * MIN } });
    const clock = computeSessionClock(marked, DEFAULT_PROTOCOLS.im, T0 + 45 * MIN);
    expect(clock.phase).toMatchObject({ key: 'return', marked: true, startsAt: T0 + 40 * MIN });
    expect(clock.phases.find((span) => span.key === 'integration')?.startsAt).toBe(T0 + 70 * MIN);
    expect(clock.nextPhase?.key).toBe('integration');
  });

  it('a late onset mark delays the phases after it', () => {
    const clock = computeSessionClock(anchors({ phaseMarks: { onset: T0 + 10 * MIN } }), DEFAULT_PROTOCOLS.im, T0 + 12 * MIN);
    expect(clock.phase?.key).toBe('onset');
    expect(clock.nextPhase).toMatchObject({ key: 'peak', startsAt: T0 + 15 * MIN });
  });

  it('stops at the end of the session however late it is read', () => {
    const ended = anchors({ endedAt: T0 + 130 * MIN });
    const clock = computeSessionClock(ended, DEFAULT_PROTOCOLS.esketamine, T0 + 24 * 60 * MIN);
    expect(clock.stage).toBe('ended');
    expect(clock.elapsedMs).toBe(130 * MIN);
  });

  it('depends only on its inputs: the same now gives the same clock after a restart', () => {
    const a = computeSessionClock(anchors(), DEFAULT_PROTOCOLS.iv, T0 + 41 * MIN + 123);
    const b = computeSessionClock(structuredClone(anchors()), structuredClone(DEFAULT_PROTOCOLS.iv), T0 + 41 * MIN + 123);
    expect(b).toEqual(a);
  });
});

describe('formatElapsed', () => {
  it('writes minutes and seconds, and hours when there are any', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(65_900)).toBe('01:05');
    expect(formatElapsed(3_909_000)).toBe('1:05:09');
    expect(formatElapsed(-5)).toBe('00:00');
  });
});
