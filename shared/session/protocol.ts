import { z } from 'zod';
import { ROUTES } from './routes';

export const PHASE_KEYS = ['onset', 'peak', 'return', 'integration', 'discharge'] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

/** Phases the therapist can pin by hand ("mark onset", "mark return"). */
export const MARKABLE_PHASES = ['onset', 'return'] as const satisfies readonly PhaseKey[];
export type MarkablePhase = (typeof MARKABLE_PHASES)[number];

export const CUE_KINDS = ['vitals', 'dose', 'check', 'monitoring-end'] as const;

/** Lengths of a protocol's text; the protocol editor's fields stop typing at the same. */
export const PROTOCOL_TEXT_LIMITS = { id: 40, name: 120, label: 160, source: 1000 } as const;

const slug = z
  .string()
  .min(1)
  .max(PROTOCOL_TEXT_LIMITS.id)
  .regex(/^[a-z0-9-]+$/, 'Use lower-case letters, digits and dashes');
const label = z.string().trim().min(1).max(PROTOCOL_TEXT_LIMITS.label);
const minute = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);

const checklistItem = z.strictObject({ id: slug, label });

export const protocolDefinitionSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(PROTOCOL_TEXT_LIMITS.name),
    route: z.enum(ROUTES),
    /** Offsets in minutes from the first dose (T0). */
    phases: z
      .array(z.strictObject({ key: z.enum(PHASE_KEYS), label, startsAtMinute: minute }))
      .min(1)
      .max(PHASE_KEYS.length),
    cues: z.array(z.strictObject({ id: slug, label, atMinute: minute, kind: z.enum(CUE_KINDS) })).max(40),
    readinessChecklist: z.array(checklistItem).max(30),
    dischargeChecklist: z.array(checklistItem).max(30),
    /** Minimum minutes from the first dose before discharge; 0 when the protocol sets none. */
    minimumMonitoringMinutes: minute,
    /** Where the defaults come from, shown beside them. */
    source: z.string().trim().max(PROTOCOL_TEXT_LIMITS.source),
  })
  .superRefine((protocol, context) => {
    const keys = protocol.phases.map((phase) => phase.key);
    if (new Set(keys).size !== keys.length) context.addIssue({ code: 'custom', path: ['phases'], message: 'Each phase appears once' });
    const starts = protocol.phases.map((phase) => phase.startsAtMinute);
    if (starts.some((start, i) => i > 0 && start <= starts[i - 1]!)) {
      context.addIssue({ code: 'custom', path: ['phases'], message: 'Phases must start one after another' });
    }
    if (protocol.phases[0]?.startsAtMinute !== 0)
      context.addIssue({ code: 'custom', path: ['phases'], message: 'The first phase starts at the dose (minute 0)' });
    for (const [path, items] of [
      ['cues', protocol.cues],
      ['readinessChecklist', protocol.readinessChecklist],
      ['dischargeChecklist', protocol.dischargeChecklist],
    ] as const) {
      const ids = items.map((item) => item.id);
      if (new Set(ids).size !== ids.length) context.addIssue({ code: 'custom', path: [path], message: 'Each item needs its own id' });
    }
  });

export type ProtocolDefinition = z.infer<typeof protocolDefinitionSchema>;
export type ProtocolPhase = ProtocolDefinition['phases'][number];
export type ProtocolCue = ProtocolDefinition['cues'][number];
