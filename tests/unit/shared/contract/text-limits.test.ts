import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { FIELD_LIMITS } from '../../../../shared/contract/fields';
import { followUpsMethods } from '../../../../shared/contract/follow-ups';
import { MEASURE_LIMITS, measuresMethods } from '../../../../shared/contract/measures';
import { SESSION_TEXT_LIMITS, sessionsMethods } from '../../../../shared/contract/sessions';
import { settingsSchema } from '../../../../shared/contract/settings';
import { vaultMethods } from '../../../../shared/contract/vault';
import { FOLLOW_UP_LIMITS, followUpRungSchema } from '../../../../shared/follow-up/follow-up-ladder';
import { DEFAULT_PROTOCOLS } from '../../../../shared/session/default-protocols';
import { PROTOCOL_TEXT_LIMITS, protocolDefinitionSchema } from '../../../../shared/session/protocol';
import { EMPTY_REMS_MANUAL_FIELDS, REMS_TEXT_LIMITS, remsManualFieldsSchema } from '../../../../shared/session/rems-form';
import { TIMELINE_TEXT_LIMITS, timelineEntrySchema } from '../../../../shared/session/timeline';

/** The named limit is the schema's: a text of that length passes, one more character does not. */
function expectLimit(limit: number, schema: z.ZodType, build: (text: string) => unknown) {
  expect(schema.safeParse(build('x'.repeat(limit))).success).toBe(true);
  expect(schema.safeParse(build('x'.repeat(limit + 1))).success).toBe(false);
}

describe('text limits the fields stop typing at are the ones the contract refuses past', () => {
  it('timeline entries', () => {
    expectLimit(TIMELINE_TEXT_LIMITS.note, timelineEntrySchema, (text) => ({ kind: 'observation', text }));
    expectLimit(TIMELINE_TEXT_LIMITS.doseNote, timelineEntrySchema, (note) => ({ kind: 'dose', amountMg: 50, note }));
    expectLimit(TIMELINE_TEXT_LIMITS.adverseEvent, timelineEntrySchema, (text) => ({ kind: 'adverse-event', items: [], text }));
  });

  it('session check-in and withdrawal', () => {
    expectLimit(SESSION_TEXT_LIMITS.intention, sessionsMethods['sessions.checkIn'].input, (intention) => ({ id: 's1', readiness: {}, intention }));
    expectLimit(SESSION_TEXT_LIMITS.retractionReason, sessionsMethods['sessions.retractEvent'].input, (reason) => ({ sessionId: 's1', eventId: 'e1', reason }));
  });

  it('the reason a measure is withdrawn', () => {
    expectLimit(MEASURE_LIMITS.withdrawalReason, measuresMethods['measures.withdraw'].input, (reason) => ({ id: 'm1', reason }));
  });

  it('follow-up contacts: the labels of the ladder and the reason for a skip', () => {
    expectLimit(FOLLOW_UP_LIMITS.label, followUpRungSchema, (label) => ({ offsetDays: 1, label }));
    expectLimit(FOLLOW_UP_LIMITS.skipReason, followUpsMethods['followUps.skip'].input, (reason) => ({ id: 'f1', reason }));
  });

  it('the REMS form', () => {
    expectLimit(REMS_TEXT_LIMITS.short, remsManualFieldsSchema, (monitoringProvider) => ({ ...EMPTY_REMS_MANUAL_FIELDS, monitoringProvider }));
    expectLimit(REMS_TEXT_LIMITS.lotNumber, remsManualFieldsSchema, (lotNumber) => ({ ...EMPTY_REMS_MANUAL_FIELDS, lotNumber }));
    expectLimit(REMS_TEXT_LIMITS.seriousAdverseEvents, remsManualFieldsSchema, (seriousAdverseEvents) => ({
      ...EMPTY_REMS_MANUAL_FIELDS,
      seriousAdverseEvents,
    }));
  });

  it('protocols', () => {
    const base = DEFAULT_PROTOCOLS.im;
    expectLimit(PROTOCOL_TEXT_LIMITS.name, protocolDefinitionSchema, (name) => ({ ...base, name }));
    expectLimit(PROTOCOL_TEXT_LIMITS.source, protocolDefinitionSchema, (source) => ({ ...base, source }));
    expectLimit(PROTOCOL_TEXT_LIMITS.label, protocolDefinitionSchema, (label) => ({
      ...base,
      phases: base.phases.map((phase, i) => (i === 0 ? { ...phase, label } : phase)),
    }));
  });

  it('settings names and the recovery group', () => {
    expect(settingsSchema.shape.clinicName.safeParse('x'.repeat(FIELD_LIMITS.name)).success).toBe(true);
    expect(settingsSchema.shape.clinicName.safeParse('x'.repeat(FIELD_LIMITS.name + 1)).success).toBe(false);
    expectLimit(FIELD_LIMITS.recoveryGroup, vaultMethods['vault.confirmCreate'].input, (group) => ({ group }));
  });
});
