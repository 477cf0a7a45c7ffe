import { RpcFailure } from '../../../shared/contract/errors';
import type { FeatureHandlers, HandlerContext } from '../../rpc/handler-types';
import { recordUnlock } from '../audit/record-unlock';

/** Counts a wrong secret for the audit log's next unlock entry, and answers as before. */
async function countingFailures<T>(context: HandlerContext, using: 'passphrase' | 'recovery-code', attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof RpcFailure && error.code === 'WRONG_SECRET') context.unlockFailures.note(using, context.now());
    throw error;
  }
}

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
    const wasLocked = vault.state !== 'unlocked';
    await countingFailures(context, 'passphrase', () => vault.unlock(passphrase));
    if (wasLocked) recordUnlock(vault.records(), context.unlockFailures, 'passphrase', now());
    lockedSession.writeAcknowledgements(vault.records(), newId, now());
    backups.afterUnlock();
    return {};
  },
  'vault.verifyRecoveryCode': async ({ recoveryCode }, context) => {
    await countingFailures(context, 'recovery-code', () => context.vault.verifyRecoveryCode(recoveryCode));
    return {};
  },
  'vault.recover': async ({ recoveryCode, newPassphrase }, context) => {
    const { vault, backups, lockedSession, newId, now } = context;
    const wasLocked = vault.state !== 'unlocked';
    await countingFailures(context, 'recovery-code', () => vault.recover(recoveryCode, newPassphrase));
    if (wasLocked) recordUnlock(vault.records(), context.unlockFailures, 'recovery-code', now());
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
    await countingFailures(context, 'passphrase', () => vault.adoptKeyFile(folder, passphrase));
    recordUnlock(vault.records(), context.unlockFailures, 'key-file', now());
    vault.records().audit.append({ at: now(), kind: 'key-file-adopted' });
    return { adopted: true };
  },
};
