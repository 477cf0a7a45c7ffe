import { describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import { localCalendarDate } from '../../shared/calendar-date';
import { METHODS_WHILE_HANDED_OVER, methods } from '../../shared/contract';
import { HANDOVER_PIN_ATTEMPTS } from '../../shared/measures/handover-pin';
import { STRONG_PASSPHRASE } from '../support/passphrases';
import { call } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

const T0 = Date.UTC(2026, 10, 24, 12, 0, 0);
const PIN = '2468';

describe('hand-over mode, enforced in main', () => {
  let core: AppCore;
  let clientId: string;

  vaultTest.override('coreOptions', { now: () => T0 });
  vaultTest.beforeEach(async ({ vault }) => {
    core = vault.core;
    clientId = (await call(core, 'clients.create', { displayName: 'Handed Client' })).id;
  });

  const answerAll = async (target: AppCore, answers: readonly number[]) => {
    for (const [question, answer] of answers.entries()) await call(target, 'handover.answer', { question, answer });
  };

  vaultTest('refuses every method but the questionnaire, the vault state and the lock while the screen is with the client', async () => {
    await call(core, 'handover.start', { clientId, kind: 'gad-7' });
    const refused = Object.keys(methods).filter((method) => !METHODS_WHILE_HANDED_OVER.has(method));
    expect(refused).toContain('measures.listForClient');
    for (const method of refused) {
      const answer = await core.dispatch(method, { clientId });
      expect(answer, method).toEqual({ ok: false, error: { code: 'HANDED_OVER', message: 'The screen is with the client. Take it back first.' } });
    }
    expect(await call(core, 'vault.status')).toEqual({ state: 'unlocked' });
    expect(await call(core, 'handover.current')).toEqual({
      state: 'answering',
      kind: 'gad-7',
      answers: Array(7).fill(null),
      difficulty: null,
      idleLockMinutes: 10,
    });
  });

  vaultTest('saves each answer as it is given and scores the finished questionnaire in main as the client’s measure, showing no score', async () => {
    await call(core, 'handover.start', { clientId, kind: 'phq-9' });
    await call(core, 'handover.answer', { question: 0, answer: 3 });
    await call(core, 'handover.answer', { question: 0, answer: 2 });
    await call(core, 'handover.answer', { question: 'difficulty', answer: 1 });
    expect(await call(core, 'handover.current')).toMatchObject({ answers: [2, ...Array(8).fill(null)], difficulty: 1 });
    await expect(call(core, 'handover.finish')).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(call(core, 'handover.answer', { question: 9, answer: 1 })).rejects.toMatchObject({ code: 'INVALID' });

    await answerAll(core, [2, 2, 1, 1, 0, 0, 0, 0, 1]);
    expect(await call(core, 'handover.finish')).toEqual({});
    expect(await call(core, 'handover.current')).toEqual({ state: 'finished', idleLockMinutes: 10 });
    await expect(call(core, 'handover.answer', { question: 0, answer: 0 })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(call(core, 'measures.listForClient', { clientId })).rejects.toMatchObject({ code: 'HANDED_OVER' });

    expect(await call(core, 'handover.end', { secret: STRONG_PASSPHRASE })).toEqual({ clientId });
    const { measures } = await call(core, 'measures.listForClient', { clientId });
    expect(measures).toEqual([
      expect.objectContaining({ kind: 'phq-9', total: 7, band: 'mild', safetyFlag: true, difficulty: 1, enteredBy: 'client', takenOn: localCalendarDate(T0) }),
    ]);
    expect(await call(core, 'handover.draftsForClient', { clientId })).toEqual({ drafts: [] });
  });

  vaultTest('a GAD-7 refuses the difficulty question', async () => {
    await call(core, 'handover.start', { clientId, kind: 'gad-7' });
    await expect(call(core, 'handover.answer', { question: 'difficulty', answer: 1 })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(call(core, 'handover.answer', { question: 7, answer: 1 })).rejects.toMatchObject({ code: 'INVALID' });
  });

  vaultTest('ends with the PIN; a wrong PIN is refused, and after five wrong ones only the passphrase works', async () => {
    await call(core, 'handover.setPin', { pin: PIN });
    expect(await call(core, 'handover.pinStatus')).toEqual({ pinSet: true });
    await call(core, 'handover.start', { clientId, kind: 'gad-7' });
    await expect(call(core, 'handover.end', { secret: '1111' })).rejects.toMatchObject({ code: 'WRONG_SECRET', message: 'That PIN is not right.' });
    expect(await call(core, 'handover.end', { secret: PIN })).toEqual({ clientId });
    expect(await call(core, 'handover.current')).toEqual({ state: 'off' });

    await call(core, 'handover.start', { clientId, kind: 'gad-7' });
    for (let attempt = 0; attempt < HANDOVER_PIN_ATTEMPTS; attempt += 1)
      await expect(call(core, 'handover.end', { secret: '1111' })).rejects.toMatchObject({ code: 'WRONG_SECRET' });
    await expect(call(core, 'handover.end', { secret: PIN })).rejects.toMatchObject({
      code: 'WRONG_SECRET',
      message: 'Too many wrong PINs. Use the passphrase.',
    });
    await expect(call(core, 'handover.end', { secret: 'not the passphrase at all' })).rejects.toMatchObject({ code: 'WRONG_SECRET' });
    await expect(call(core, 'clients.list', {})).rejects.toMatchObject({ code: 'HANDED_OVER' });
    expect(await call(core, 'handover.end', { secret: STRONG_PASSPHRASE })).toEqual({ clientId });
    await expect(call(core, 'handover.end', { secret: PIN })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  vaultTest('counts PIN attempts sent at once before checking any, so a burst cannot try more than five', async () => {
    await call(core, 'handover.setPin', { pin: PIN });
    await call(core, 'handover.start', { clientId, kind: 'gad-7' });
    const burst = await Promise.all(['0000', '0001', '0002', '0003', '0004', '0005', '0006', PIN].map((secret) => core.dispatch('handover.end', { secret })));
    expect(burst.map((answer) => answer.ok)).toEqual(Array(8).fill(false));
    expect(burst.at(-1)).toMatchObject({ error: { message: 'Too many wrong PINs. Use the passphrase.' } });
    expect(await call(core, 'handover.current')).toMatchObject({ state: 'answering' });
  });

  vaultTest('a PIN-shaped secret is refused when no PIN is set, and removing the PIN takes that way out away', async () => {
    await call(core, 'handover.setPin', { pin: PIN });
    await call(core, 'handover.removePin');
    expect(await call(core, 'handover.pinStatus')).toEqual({ pinSet: false });
    await expect(call(core, 'handover.setPin', { pin: '12' })).rejects.toMatchObject({ code: 'INVALID' });
    await call(core, 'handover.start', { clientId, kind: 'gad-7' });
    await expect(call(core, 'handover.end', { secret: PIN })).rejects.toMatchObject({
      code: 'WRONG_SECRET',
      message: 'No hand-over PIN is set. Use the passphrase.',
    });
    expect(await call(core, 'handover.current')).toMatchObject({ state: 'answering' });
  });

  vaultTest('a lock while the PIN is being checked ends the hand-over; the unlock needs the passphrase and leaves hand-over mode', async () => {
    await call(core, 'handover.setPin', { pin: PIN });
    await call(core, 'handover.start', { clientId, kind: 'gad-7' });
    const ending = core.dispatch('handover.end', { secret: PIN });
    core.lock('idle');
    expect(await ending).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await expect(call(core, 'handover.current')).rejects.toMatchObject({ code: 'LOCKED' });
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await call(core, 'handover.current')).toEqual({ state: 'off' });
    expect((await call(core, 'clients.list', {})).clients).toHaveLength(1);
  });

  vaultTest('answers saved so far outlive a restart, show as unfinished and can be continued or discarded', async ({ vault, vaultCopies }) => {
    await call(core, 'handover.start', { clientId, kind: 'phq-9' });
    await answerAll(core, [1, 2, 3, 0, 1, 2]);
    await core.close();

    const restarted = vaultCopies.open(vault.dir, { now: () => T0 + 60_000 });
    await call(restarted, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await call(restarted, 'handover.current')).toEqual({ state: 'off' });
    const { drafts } = await call(restarted, 'handover.draftsForClient', { clientId });
    expect(drafts).toEqual([{ id: expect.any(String), sessionId: null, kind: 'phq-9', answered: 6, items: 9, startedAt: T0, updatedAt: T0 }]);

    await call(restarted, 'handover.continue', { draftId: drafts[0]!.id });
    expect(await call(restarted, 'handover.current')).toMatchObject({ answers: [1, 2, 3, 0, 1, 2, null, null, null] });
    await expect(call(restarted, 'handover.discardDraft', { id: drafts[0]!.id })).rejects.toMatchObject({ code: 'HANDED_OVER' });
    await call(restarted, 'handover.end', { secret: STRONG_PASSPHRASE });

    await call(restarted, 'handover.discardDraft', { id: drafts[0]!.id });
    expect(await call(restarted, 'handover.draftsForClient', { clientId })).toEqual({ drafts: [] });
    expect((await call(restarted, 'measures.listForClient', { clientId })).measures).toEqual([]);
  });

  vaultTest('hands over only for a client in care and only with a session of that client', async () => {
    const other = (await call(core, 'clients.create', { displayName: 'Other Client' })).id;
    const protocol = (await call(core, 'protocols.list', {})).protocols.find((p) => p.route === 'im' && p.isDefault)!;
    const own = await call(core, 'sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50 });
    const others = await call(core, 'sessions.plan', { clientId: other, protocolId: protocol.id, plannedDoseMg: 50 });
    await expect(call(core, 'handover.start', { clientId, kind: 'gad-7', sessionId: others.id })).rejects.toMatchObject({ code: 'INVALID' });
    await call(core, 'clients.archive', { id: other });
    await expect(call(core, 'handover.start', { clientId: other, kind: 'gad-7' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(call(core, 'handover.start', { clientId: 'no-such-client', kind: 'gad-7' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await call(core, 'handover.current')).toEqual({ state: 'off' });
    await call(core, 'handover.start', { clientId, kind: 'gad-7', sessionId: own.id });
    await call(core, 'handover.end', { secret: STRONG_PASSPHRASE });
    expect((await call(core, 'handover.draftsForClient', { clientId })).drafts).toEqual([
      expect.objectContaining({ sessionId: own.id, answered: 0, items: 7 }),
    ]);
  });

  vaultTest('writes the hand-over to the audit log: started, a wrong PIN, taken back and how, and PIN changes, naming no answer', async () => {
    await call(core, 'handover.setPin', { pin: PIN });
    await call(core, 'handover.start', { clientId, kind: 'gad-7' });
    await call(core, 'handover.answer', { question: 0, answer: 3 });
    await expect(call(core, 'handover.end', { secret: '1357' })).rejects.toMatchObject({ code: 'WRONG_SECRET' });
    await call(core, 'handover.end', { secret: PIN });
    await call(core, 'handover.removePin');
    const { entries } = await call(core, 'audit.list', { range: { from: 0, to: T0 + 1 } });
    const handed = entries.reverse().filter((entry) => entry.kind.startsWith('handover'));
    expect(handed.map(({ kind, subjectId, detail }) => ({ kind, subjectId, detail }))).toEqual([
      { kind: 'handover-pin-changed', subjectId: null, detail: { pin: 'set' } },
      { kind: 'handover-started', subjectId: clientId, detail: { questionnaire: 'gad-7' } },
      { kind: 'handover-pin-refused', subjectId: clientId, detail: null },
      { kind: 'handover-ended', subjectId: clientId, detail: { using: 'pin' } },
      { kind: 'handover-pin-changed', subjectId: null, detail: { pin: 'removed' } },
    ]);
  });
});
