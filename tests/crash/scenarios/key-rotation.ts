import { call, createVault, newCore } from '../../support/temp-vault';
import { STRONG_PASSPHRASE } from '../../support/passphrases';
import { digestOf } from '../digest';
import type { ChildRecord, CrashScenario } from '../scenario';

/** Enough rows that the re-encrypted copy takes a few milliseconds to write, so kills land inside it. */
const TEMPLATE_CLIENTS = 300;

interface RotationRecord extends ChildRecord {
  op: 'client' | 'rotate';
  clientId?: string;
  digest?: string;
}

/**
 * Key rotation killed mid-way: clients are added and the database key rotated, over and over.
 * The kill is aimed at the first confirmation (the copy, rekey, swap and key files). After it the
 * passphrase (which rotation keeps) must open the vault whole, with every acknowledged client.
 */
export const keyRotation: CrashScenario = {
  name: 'key-rotation',
  summary: 'clients.create and vault.beginKeyRotation/confirmKeyRotation in turn, killed during a rotation',
  kill: { afterMark: 'confirming', maxDelayMs: 120 },

  async buildTemplate(vaultDir) {
    const core = newCore(vaultDir);
    try {
      await createVault(core);
      for (let index = 0; index < TEMPLATE_CLIENTS; index++) await call(core, 'clients.create', { displayName: `Rotation Client ${index}` });
      return {};
    } finally {
      await core.close();
    }
  },

  async workload({ unlockedCore, mark, intent, ack }) {
    const core = await unlockedCore();
    for (let round = 1; ; round += 1) {
      const displayName = `Written before rotation ${round}`;
      intent({ op: 'client', digest: digestOf(displayName) } satisfies RotationRecord);
      const client = await call(core, 'clients.create', { displayName });
      ack({ op: 'client', clientId: client.id, digest: digestOf(client.displayName) } satisfies RotationRecord);
      const shown = await call(core, 'vault.beginKeyRotation', { passphrase: STRONG_PASSPHRASE });
      intent({ op: 'rotate' } satisfies RotationRecord);
      mark('confirming');
      await call(core, 'vault.confirmKeyRotation', { group: shown.recoveryCode.split('-')[shown.confirmGroup - 1]! });
      ack({ op: 'rotate' } satisfies RotationRecord);
    }
  },

  verify({ transcript, store, openedWith }) {
    const failures: string[] = [];
    if (openedWith !== STRONG_PASSPHRASE) failures.push('the vault opened with something other than the passphrase rotation keeps');
    const stored = new Map(store.clients.list().map((client) => [client.id, client]));
    if (stored.size < TEMPLATE_CLIENTS) failures.push(`${stored.size} clients after the crash, fewer than the ${TEMPLATE_CLIENTS} the vault started with`);
    for (const record of transcript.acks as RotationRecord[]) {
      if (record.op !== 'client') continue;
      const client = stored.get(record.clientId!);
      if (!client) failures.push(`client ${record.clientId}: acknowledged but missing after the crash`);
      else if (digestOf(client.displayName) !== record.digest) failures.push(`client ${record.clientId}: stored name differs from the acknowledged one`);
    }
    return failures;
  },

  outcome({ transcript }) {
    const rotations = (transcript.acks as RotationRecord[]).filter((record) => record.op === 'rotate').length;
    return rotations === 0 ? 'killed during the first rotation' : `killed after ${rotations} rotation(s)`;
  },
};
