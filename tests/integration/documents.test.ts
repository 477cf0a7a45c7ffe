import { beforeEach, describe, expect } from 'vitest';
import { browserOnlyPlatform } from '../../electron/platform';
import { vaultTest } from '../support/vault-fixture';

describe('documents.exportPdf through the Platform interface', () => {
  describe('on a platform that prints', () => {
    let requested: string[];
    beforeEach(() => {
      requested = [];
    });
    vaultTest.override('coreOptions', { platform: { ...browserOnlyPlatform, exportWindowToPdf: async (name) => (requested.push(name), { saved: true }) } });

    vaultTest('hands the file name to the platform and reports whether it was saved', async ({ vault: { core } }) => {
      expect(await core.dispatch('documents.exportPdf', { suggestedFileName: 'REMS monitoring form 2026-11-24.pdf' })).toEqual({
        ok: true,
        value: { saved: true },
      });
      expect(requested).toEqual(['REMS monitoring form 2026-11-24.pdf']);
      expect(await core.dispatch('documents.exportPdf', { suggestedFileName: '../../etc/passwd.pdf' })).toMatchObject({
        ok: false,
        error: { code: 'INVALID' },
      });
      expect(requested).toHaveLength(1);
    });
  });

  vaultTest('says plainly that PDF export needs the desktop app where there is none', async ({ vault: { core } }) => {
    const result = await core.dispatch('documents.exportPdf', { suggestedFileName: 'form.pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });
});
