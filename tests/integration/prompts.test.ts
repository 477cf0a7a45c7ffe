import { describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import type { Prompt } from '../../shared/contract/prompts';
import { DEFAULT_PROMPTS } from '../../shared/prompts/default-prompts';
import { PROMPT_PHASES } from '../../shared/prompts/prompt-phases';
import { call } from '../support/temp-vault';
import { STRONG_PASSPHRASE } from '../support/passphrases';
import { vaultTest } from '../support/vault-fixture';

describe('the prompt library on a real vault', () => {
  let core: AppCore;

  vaultTest.beforeEach(({ vault }) => {
    core = vault.core;
  });

  const list = async (includeArchived = false) => (await call(core, 'prompts.list', { includeArchived })).prompts;
  async function reopen() {
    core.lock('user');
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
  }
  async function session() {
    const clientId = (await call(core, 'clients.create', { displayName: 'Prompt Client' })).id;
    const protocol = (await call(core, 'protocols.list', {})).protocols.find((one) => one.route === 'im' && one.isDefault)!;
    return call(core, 'sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50 });
  }

  vaultTest('seeds the defaults once, in phase order, covering all five phases', async () => {
    const prompts = await list();
    expect(prompts.map((prompt) => prompt.text)).toEqual(
      PROMPT_PHASES.flatMap((phase) => DEFAULT_PROMPTS.filter((prompt) => prompt.phase === phase).map((prompt) => prompt.text)),
    );
    expect(new Set(prompts.map((prompt) => prompt.phase))).toEqual(new Set(PROMPT_PHASES));
    expect(prompts.every((prompt) => !prompt.isOwn && prompt.archivedAt === null)).toBe(true);
    await reopen();
    expect(await list()).toEqual(prompts);
  });

  vaultTest('does not seed an archived or edited default again when the vault reopens', async () => {
    const [first, second] = await list();
    await call(core, 'prompts.archive', { id: first!.id });
    await call(core, 'prompts.save', { id: second!.id, phase: second!.phase, text: 'My own wording' });
    await reopen();
    const active = await list();
    expect(active).toHaveLength(DEFAULT_PROMPTS.length - 1);
    expect(active.map((prompt) => prompt.id)).not.toContain(first!.id);
    expect(active.filter((prompt) => prompt.text === first!.text)).toEqual([]);
    expect(active.find((prompt) => prompt.id === second!.id)?.text).toBe('My own wording');
    expect(active.filter((prompt) => prompt.text === second!.text)).toEqual([]);
    expect(await list(true)).toHaveLength(DEFAULT_PROMPTS.length);
  });

  vaultTest('creates, edits, archives and restores a prompt of the therapist’s own', async () => {
    const created = await call(core, 'prompts.save', { phase: 'weekly', text: '  What helped most this week?  ' });
    expect(created).toMatchObject({ phase: 'weekly', text: 'What helped most this week?', isOwn: true, archivedAt: null });
    expect((await list()).at(-1)).toEqual(created);

    const edited = await call(core, 'prompts.save', { id: created.id, phase: 'follow-up', text: 'What helped most since the session?' });
    expect(edited).toMatchObject({ id: created.id, phase: 'follow-up', text: 'What helped most since the session?', isOwn: true });
    const afterEdit = await list();
    const lastFollowUp = afterEdit.filter((prompt) => prompt.phase === 'follow-up').at(-1);
    expect(lastFollowUp?.id).toBe(created.id);

    const archived = await call(core, 'prompts.archive', { id: created.id });
    expect(archived.archivedAt).not.toBeNull();
    expect((await list()).map((prompt) => prompt.id)).not.toContain(created.id);
    expect((await list(true)).find((prompt) => prompt.id === created.id)?.archivedAt).toBe(archived.archivedAt);

    const restored = await call(core, 'prompts.restore', { id: created.id });
    expect(restored.archivedAt).toBeNull();
    expect((await list()).map((prompt) => prompt.id)).toContain(created.id);
  });

  vaultTest('refuses unknown prompts, empty text and unknown phases', async () => {
    for (const [method, input] of [
      ['prompts.save', { id: 'no-such-prompt', phase: 'before', text: 'x' }],
      ['prompts.archive', { id: 'no-such-prompt' }],
      ['prompts.restore', { id: 'no-such-prompt' }],
    ] as const) {
      expect(await core.dispatch(method, input), method).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await core.dispatch('prompts.save', { phase: 'before', text: '   ' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await core.dispatch('prompts.save', { phase: 'sometime', text: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await core.dispatch('prompts.save', { phase: 'before', text: 'x'.repeat(1001) })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });

  describe('session plans', () => {
    vaultTest('keep the order they were given and can be reordered or emptied', async () => {
      const planned = await session();
      const prompts = await list();
      const chosen: Prompt[] = [prompts[5]!, prompts[0]!, prompts[12]!];
      expect((await call(core, 'prompts.setSessionPlan', { sessionId: planned.id, promptIds: chosen.map((prompt) => prompt.id) })).prompts).toEqual(chosen);
      expect((await call(core, 'prompts.sessionPlan', { sessionId: planned.id })).prompts).toEqual(chosen);
      const reordered = [chosen[2]!, chosen[0]!];
      await call(core, 'prompts.setSessionPlan', { sessionId: planned.id, promptIds: reordered.map((prompt) => prompt.id) });
      expect((await call(core, 'prompts.sessionPlan', { sessionId: planned.id })).prompts).toEqual(reordered);
      await call(core, 'prompts.setSessionPlan', { sessionId: planned.id, promptIds: [] });
      expect((await call(core, 'prompts.sessionPlan', { sessionId: planned.id })).prompts).toEqual([]);
    });

    vaultTest('refuse duplicates, unknown prompts and unknown sessions, keeping the plan', async () => {
      const planned = await session();
      const [a, b] = await list();
      await call(core, 'prompts.setSessionPlan', { sessionId: planned.id, promptIds: [a!.id, b!.id] });
      expect(await core.dispatch('prompts.setSessionPlan', { sessionId: planned.id, promptIds: [b!.id, a!.id, b!.id] })).toMatchObject({
        ok: false,
        error: { code: 'INVALID' },
      });
      expect(await core.dispatch('prompts.setSessionPlan', { sessionId: planned.id, promptIds: [b!.id, 'no-such-prompt'] })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      expect(await core.dispatch('prompts.setSessionPlan', { sessionId: 'no-such-session', promptIds: [a!.id] })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      expect(await core.dispatch('prompts.sessionPlan', { sessionId: 'no-such-session' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect((await call(core, 'prompts.sessionPlan', { sessionId: planned.id })).prompts.map((prompt) => prompt.id)).toEqual([a!.id, b!.id]);
    });
  });
});
