import { beforeEach, describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import type { MethodInput } from '../../shared/contract';
import { localCalendarDate } from '../../shared/calendar-date';
import { DEFAULT_CONTRAINDICATIONS } from '../../shared/evaluation/contraindications';
import { call } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

const T0 = Date.UTC(2026, 10, 24, 12, 0, 0);
const TODAY = localCalendarDate(T0);
const MINUTE = 60_000;

describe('evaluations on a real vault', () => {
  let core: AppCore;
  let clock: number;
  let clientId: string;

  vaultTest.override('coreOptions', { now: () => clock });
  beforeEach(() => {
    clock = T0;
  });
  vaultTest.beforeEach(async ({ vault }) => {
    core = vault.core;
    clientId = (await call(core, 'clients.create', { displayName: 'Evaluated Client' })).id;
  });

  const fields = (): Omit<MethodInput<'evaluations.record'>, 'clientId'> => ({
    evaluatedOn: TODAY,
    presentingSymptoms: '  Low mood for two years  ',
    medicationTrials: [
      { drug: 'Sertraline, 100 mg tablets', dose: '100 mg', duration: '12 weeks', outcome: 'Partial response', reasonStopped: 'Nausea' },
      { drug: 'Venlafaxine', dose: '', duration: null, outcome: null, reasonStopped: null },
    ],
    contraindications: [
      { id: 'pregnancy', label: 'Pregnancy', answer: 'absent', note: '' },
      { id: 'uncontrolled-hypertension', label: 'Uncontrolled hypertension', answer: 'present', note: '152/96 at intake' },
    ],
    candidacy: 'deferred',
    candidacyReason: 'Blood pressure to be reviewed by the GP',
    consentDate: null,
    psychoeducationDate: TODAY,
    remsEnrolled: false,
    remsEnrolledOn: null,
  });
  const record = (changes: Partial<MethodInput<'evaluations.record'>> = {}) => call(core, 'evaluations.record', { clientId, ...fields(), ...changes });
  const list = async () => (await call(core, 'evaluations.listForClient', { clientId })).evaluations;

  vaultTest('records an evaluation with its trials and checklist as asked, blank text kept as nothing', async () => {
    const evaluation = await record();
    expect(evaluation).toMatchObject({
      clientId,
      evaluatedOn: TODAY,
      presentingSymptoms: 'Low mood for two years',
      candidacy: 'deferred',
      psychoeducationDate: TODAY,
      remsEnrolled: false,
      createdAt: T0,
      updatedAt: T0,
    });
    expect(evaluation.medicationTrials).toEqual([
      { drug: 'Sertraline, 100 mg tablets', dose: '100 mg', duration: '12 weeks', outcome: 'Partial response', reasonStopped: 'Nausea' },
      { drug: 'Venlafaxine', dose: null, duration: null, outcome: null, reasonStopped: null },
    ]);
    expect(evaluation.contraindications[0]).toEqual({ id: 'pregnancy', label: 'Pregnancy', answer: 'absent', note: null });
    expect(await list()).toEqual([evaluation]);
  });

  vaultTest('lists the latest first, by date and then by when recorded', async () => {
    const first = await record({ evaluatedOn: '2026-01-10', candidacy: 'candidate', candidacyReason: null });
    clock += MINUTE;
    const reEvaluation = await record({ evaluatedOn: '2026-06-01' });
    clock += MINUTE;
    const sameDay = await record({ evaluatedOn: '2026-06-01', candidacy: 'not-a-candidate', candidacyReason: 'Psychosis history' });
    expect((await list()).map((one) => one.id)).toEqual([sameDay.id, reEvaluation.id, first.id]);
  });

  vaultTest('an edit replaces what it says and keeps its creation time; the checklist labels stay as recorded after the clinic list changes', async () => {
    const evaluation = await record();
    await call(core, 'settings.update', { contraindications: [{ id: 'pregnancy', label: 'Pregnancy or breastfeeding' }] });
    clock += MINUTE;
    const edited = await call(core, 'evaluations.update', {
      id: evaluation.id,
      ...fields(),
      candidacy: 'candidate',
      candidacyReason: null,
      remsEnrolled: true,
      remsEnrolledOn: TODAY,
      consentDate: TODAY,
    });
    expect(edited).toMatchObject({ id: evaluation.id, candidacy: 'candidate', candidacyReason: null, remsEnrolled: true, remsEnrolledOn: TODAY });
    expect(edited.createdAt).toBe(T0);
    expect(edited.updatedAt).toBe(T0 + MINUTE);
    expect(edited.contraindications.map((item) => item.label)).toEqual(['Pregnancy', 'Uncontrolled hypertension']);
    expect(await list()).toEqual([edited]);
  });

  vaultTest('the clinic checklist starts from the sourced defaults and can be edited', async () => {
    expect((await call(core, 'settings.get', {})).contraindications).toEqual(DEFAULT_CONTRAINDICATIONS);
    const duplicate = await core.dispatch('settings.update', {
      contraindications: [
        { id: 'a', label: 'One' },
        { id: 'a', label: 'Two' },
      ],
    });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });

  vaultTest('refuses a missing reason, a REMS date without enrolment and a future date, naming the field', async () => {
    const noReason = await core.dispatch('evaluations.record', { clientId, ...fields(), candidacyReason: '   ' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(!noReason.ok && noReason.error.message).toMatch(/candidacyReason/);
    const notEnrolled = await core.dispatch('evaluations.record', { clientId, ...fields(), remsEnrolledOn: TODAY });
    expect(!notEnrolled.ok && notEnrolled.error.message).toMatch(/remsEnrolledOn/);
    const noDrug = await core.dispatch('evaluations.record', {
      clientId,
      ...fields(),
      medicationTrials: [{ drug: ' ', dose: null, duration: null, outcome: null, reasonStopped: null }],
    });
    expect(!noDrug.ok && noDrug.error.message).toMatch(/medicationTrials/);
    const badAnswer = await core.dispatch('evaluations.record', {
      clientId,
      ...fields(),
      contraindications: [{ id: 'pregnancy', label: 'Pregnancy', answer: 'yes', note: null }],
    });
    expect(!badAnswer.ok && badAnswer.error.message).toMatch(/contraindications/);
    const future = await core.dispatch('evaluations.record', { clientId, ...fields(), evaluatedOn: '2099-01-01' });
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID', message: 'evaluatedOn: must not be after today.' } });
    for (const refused of [noReason, notEnrolled, noDrug, badAnswer]) expect(JSON.stringify(refused)).not.toMatch(/Blood pressure|Sertraline|152/);
    expect(await list()).toEqual([]);
  });

  vaultTest('answers NOT_FOUND for a missing client or evaluation, CONFLICT for an archived client, and LOCKED when locked', async () => {
    expect(await core.dispatch('evaluations.listForClient', { clientId: 'nobody' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('evaluations.update', { id: 'nothing', ...fields() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const evaluation = await record();
    await call(core, 'clients.archive', { id: clientId });
    expect(await core.dispatch('evaluations.record', { clientId, ...fields() })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.dispatch('evaluations.update', { id: evaluation.id, ...fields() })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    core.lock('user');
    for (const [method, input] of [
      ['evaluations.listForClient', { clientId }],
      ['evaluations.record', { clientId, ...fields() }],
      ['evaluations.update', { id: evaluation.id, ...fields() }],
    ] as const)
      expect(await core.dispatch(method, input)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
