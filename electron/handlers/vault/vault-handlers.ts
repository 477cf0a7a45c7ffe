import type { FeatureHandlers } from '../../rpc/handler-types';
import { recordUnlock } from '../audit/record-unlock';

type VaultMethod =
  | 'vault.status'
  | 'vault.create'
  | 'vault.confirmCreate'
  | 'vault.unlock'
  | 'vault.verifyRecoveryCode'
  | 'vault.recover'
  | 'vault.lock'
  | 'vault.changePassphrase'
  | 'vault.beginRecoveryCodeRotation'
  | 'vault.confirmRecoveryCodeRotation'
  | 'vault.adoptKeyFile'
  | 'vault.beginKeyRotation'
  | 'vault.confirmKeyRotation'
  | 'vault.noteCopy';

export const vaultHandlers: FeatureHandlers<VaultMethod> = {
  'vault.status': (_input, { vault }) => ({ state: vault.state }),
  'vault.noteCopy': ({ sha256 }, { platform }) => {
    platform.noteCopiedText(sha256);
    return {};
  },
  'vault.create': ({ passphrase }, { vault }) => vault.create(passphrase),
  'vault.confirmCreate': async ({ group }, { vault, now }) => {
    await vault.confirmCreate(group);
    vault.records().audit.append({ at: now(), kind: 'vault-created' });
    return {};
  },
  'vault.unlock': async ({ passphrase }, context) => {
    const { vault, backups, lockedSession, newId, now } = context;
    if (await vault.unlock(passphrase)) recordUnlock(vault, 'passphrase', now());
    lockedSession.writeAcknowledgements(vault.records(), newId, now());
    backups.afterUnlock();
    return {};
  },
  'vault.verifyRecoveryCode': async ({ recoveryCode }, { vault }) => {
    await vault.verifyRecoveryCode(recoveryCode);
    return {};
  },
  'vault.recover': async ({ recoveryCode, newPassphrase }, context) => {
    const { vault, backups, lockedSession, newId, now } = context;
    if (await vault.recover(recoveryCode, newPassphrase)) recordUnlock(vault, 'recovery-code', now());
    vault.records().audit.append({ at: now(), kind: 'passphrase-changed', detail: { using: 'recovery-code' } });
    lockedSession.writeAcknowledgements(vault.records(), newId, now());
    backups.afterUnlock();
    return {};
  },
  'vault.lock': ({ reason }, { lock }) => {
    lock(reason ?? 'user');
    return {};
  },
  'vault.changePassphrase': async ({ currentPassphrase, newPassphrase }, { vault, now }) => {
    await vault.changePassphrase(currentPassphrase, newPassphrase);
    vault.records().audit.append({ at: now(), kind: 'passphrase-changed', detail: { using: 'passphrase' } });
    return {};
  },
  'vault.beginRecoveryCodeRotation': ({ passphrase }, { vault }) => vault.beginRecoveryCodeRotation(passphrase),
  'vault.confirmRecoveryCodeRotation': async ({ group }, { vault, now }) => {
    await vault.confirmRecoveryCodeRotation(group);
    vault.records().audit.append({ at: now(), kind: 'recovery-code-changed' });
    return {};
  },
  'vault.beginKeyRotation': ({ passphrase }, { vault }) => vault.beginKeyRotation(passphrase),
  'vault.confirmKeyRotation': async ({ group }, { vault, now }) => {
    await vault.confirmKeyRotation(group);
    vault.records().audit.append({ at: now(), kind: 'key-rotated' });
    return {};
  },
  'vault.adoptKeyFile': async ({ passphrase }, context) => {
    const { vault, platform, now } = context;
    const folder = await platform.chooseFolder({ title: 'Choose the folder that holds a copy of vault.json' });
    if (!folder) return { adopted: false };
    // False when another call opened the vault meanwhile: that one wrote the unlock.
    if (await vault.adoptKeyFile(folder, passphrase)) {
      recordUnlock(vault, 'key-file', now());
      vault.records().audit.append({ at: now(), kind: 'key-file-adopted' });
    }
    return { adopted: true };
  },
};
