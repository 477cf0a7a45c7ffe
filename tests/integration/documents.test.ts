import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppCore, createAppCore } from '../../electron/app-core';
import { silentLogger } from '../../electron/logger';
import { browserOnlyPlatform } from '../../electron/platform';
import { createVault, makeTempDir, newCore, removeDir } from '../support/temp-vault';

describe('documents.exportPdf through the Platform interface', () => {
  let dir: string;
  let core: AppCore;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => {
    core.close();
    removeDir(dir);
  });

  it('hands the file name to the platform and reports whether it was saved', async () => {
    const requested: string[] = [];
    core = createAppCore({
      vaultDir: dir,
      logger: silentLogger,
      platform: { ...browserOnlyPlatform, exportWindowToPdf: async (name) => (requested.push(name), { saved: true }) },
    });
    await createVault(core);
    expect(await core.dispatch('documents.exportPdf', { suggestedFileName: 'REMS monitoring form 2026-11-24.pdf' })).toEqual({ ok: true, value: { saved: true } });
    expect(requested).toEqual(['REMS monitoring form 2026-11-24.pdf']);
    expect(await core.dispatch('documents.exportPdf', { suggestedFileName: '../../etc/passwd.pdf' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(requested).toHaveLength(1);
  });

  it('says plainly that PDF export needs the desktop app where there is none', async () => {
    core = newCore(dir);
    await createVault(core);
    const result = await core.dispatch('documents.exportPdf', { suggestedFileName: 'form.pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });
});
