import type { FeatureHandlers } from '../../rpc/handler-types';

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
  'vault.confirmCreate': async ({ group }, { vault }) => {
    await vault.confirmCreate(group);
    return {};
  },
  'vault.unlock': async ({ passphrase }, { vault, backups, lockedSession, newId, now }) => {
    await vault.unlock(passphrase);
    lockedSession.writeAcknowledgements(vault.records(), newId, now());
    backups.afterUnlock();
    return {};
  },
  'vault.verifyRecoveryCode': async ({ recoveryCode }, { vault }) => {
    await vault.verifyRecoveryCode(recoveryCode);
    return {};
  },
  'vault.recover': async ({ recoveryCode, newPassphrase }, { vault, backups, lockedSession, newId, now }) => {
    await vault.recover(recoveryCode, newPassphrase);
    lockedSession.writeAcknowledgements(vault.records(), newId, now());
    backups.afterUnlock();
    return {};
  },
  'vault.lock': ({ reason }, { lock }) => {
    lock(reason ?? 'user');
    return {};
  },
  'vault.changePassphrase': async ({ currentPassphrase, newPassphrase }, { vault }) => {
    await vault.changePassphrase(currentPassphrase, newPassphrase);
    return {};
  },
  'vault.beginRecoveryCodeRotation': ({ passphrase }, { vault }) => vault.beginRecoveryCodeRotation(passphrase),
  'vault.confirmRecoveryCodeRotation': async ({ group }, { vault }) => {
    await vault.confirmRecoveryCodeRotation(group);
    return {};
  },
  'vault.beginKeyRotation': ({ passphrase }, { vault }) => vault.beginKeyRotation(passphrase),
  'vault.confirmKeyRotation': async ({ group }, { vault }) => {
    await vault.confirmKeyRotation(group);
    return {};
  },
  'vault.adoptKeyFile': async ({ passphrase }, { vault, platform }) => {
    const folder = await platform.chooseFolder({ title: 'Choose the folder that holds a copy of vault.json' });
    if (!folder) return { adopted: false };
    await vault.adoptKeyFile(folder, passphrase);
    return { adopted: true };
  },
};
