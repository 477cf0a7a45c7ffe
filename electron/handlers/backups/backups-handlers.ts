import type { FeatureHandlers } from '../../rpc/handler-types';

type BackupsMethod = 'backups.status' | 'backups.chooseFolder' | 'backups.runNow' | 'restore.chooseBackup' | 'restore.inspect' | 'restore.confirm';

export const backupsHandlers: FeatureHandlers<BackupsMethod> = {
  'backups.status': (_input, { backups, records }) => backups.status(records()),
  'backups.chooseFolder': (_input, { backups, platform, records }) => backups.chooseFolder(platform, records),
  'backups.runNow': (_input, { backups }) => backups.run('manual'),
  'restore.chooseBackup': (_input, { backups, platform }) => backups.chooseBackup(platform),
  'restore.inspect': (input, { backups }) => backups.inspect(input),
  'restore.confirm': async (input, { backups, lock }) => {
    const result = await backups.restore(input, () => lock('user'));
    backups.afterUnlock();
    return result;
  },
};
