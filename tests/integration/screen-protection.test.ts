import { createHash } from 'node:crypto';
import { beforeEach, describe, expect } from 'vitest';
import { browserOnlyPlatform, type Platform } from '../../electron/platform';
import { call } from '../support/temp-vault';
import { STRONG_PASSPHRASE } from '../support/passphrases';
import { vaultTest } from '../support/vault-fixture';

/** What the core asked of the desktop, in order. */
let asked: string[];
const recordingPlatform: Platform = {
  ...browserOnlyPlatform,
  screen: { lockEvent: false, contentProtection: false },
  protectContent: (on) => asked.push(`protect ${on}`),
  noteCopiedText: (sha256) => asked.push(`copied ${sha256}`),
  clearCopiedText: () => asked.push('clear copied text'),
};

describe('the screen gives nothing away (decision 0054), through dispatch', () => {
  beforeEach(() => {
    asked = [];
  });
  vaultTest.override('coreOptions', { platform: recordingPlatform });

  vaultTest('the setting starts on; each unlock applies it, each change applies it, each lock turns protection back on', async ({ vault: { core } }) => {
    // Creating the vault opened it with the default: protected.
    expect(asked).toEqual(['protect true']);
    expect(await call(core, 'settings.get')).toMatchObject({ screenProtection: true });

    asked = [];
    await call(core, 'settings.update', { screenProtection: false });
    expect(asked).toEqual(['protect false']);

    asked = [];
    core.lock('user');
    expect(asked).toEqual(['protect true', 'clear copied text']);

    asked = [];
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(asked).toEqual(['protect false']);

    // Another setting leaves the window as it is.
    asked = [];
    await call(core, 'settings.update', { cueSound: true });
    expect(asked).toEqual([]);
  });

  vaultTest('a crash or a hang is a lock reason the renderer can be told', async ({ vault: { core } }) => {
    const reasons: unknown[] = [];
    core.onEvent((name, payload) => reasons.push([name, payload]));
    core.lock('renderer-gone');
    expect(reasons).toEqual([['vault.locked', { reason: 'renderer-gone' }]]);
    expect(await call(core, 'vault.status')).toEqual({ state: 'locked' });
  });

  vaultTest('takes the hash of copied text, locked or not, and nothing else', async ({ vault: { core } }) => {
    const sha256 = createHash('sha256').update('Robin Example').digest('hex');
    await call(core, 'vault.noteCopy', { sha256 });
    core.lock('user');
    await call(core, 'vault.noteCopy', { sha256 });
    expect(asked.filter((line) => line.startsWith('copied'))).toEqual([`copied ${sha256}`, `copied ${sha256}`]);
    // The text itself, or anything not a SHA-256, is refused before it reaches the platform.
    expect(await core.dispatch('vault.noteCopy', { sha256: 'Robin Example' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await core.dispatch('vault.noteCopy', { sha256, text: 'Robin Example' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(asked.filter((line) => line.startsWith('copied'))).toHaveLength(2);
  });

  vaultTest('says what this desktop offers, for the settings page', async ({ vault: { core } }) => {
    expect(await call(core, 'settings.screen')).toEqual({ lockEvent: false, contentProtection: false });
  });
});
