import type { ErrorCode, RpcResult } from '../../shared/contract/index';
import type { AppCore } from '../app-core';
import type { Logger } from '../logger';
import { describeErrorWithoutContent } from '../rpc/dispatch';
import type { IpcMainApi, RpcInvokeEvent } from './electron-api';
import { RPC_CHANNEL } from './ipc-channels';

const failure = (code: ErrorCode, message: string): RpcResult<never> => ({ ok: false, error: { code, message } });

/**
 * The one IPC entry point. The sender is checked before anything else; only then does the
 * core see the message, and the core validates method and input itself.
 */
export function registerRpc(ipcMain: IpcMainApi, core: AppCore, isTrustedSender: (event: RpcInvokeEvent) => boolean, logger: Logger): void {
  ipcMain.handle(RPC_CHANNEL, async (event, method, input) => {
    if (!isTrustedSender(event)) {
      logger.warn('rpc: refused a call from an untrusted sender');
      return failure('INVALID', 'This request was refused.');
    }
    try {
      return await core.dispatch(method, input);
    } catch (error) {
      // dispatch() answers its own errors; this is the backstop, because Electron would print a
      // handler's thrown error, message and all, to stderr.
      logger.error(`rpc: dispatch threw ${describeErrorWithoutContent(error)}`);
      return failure('INTERNAL', 'Something went wrong. Nothing was changed.');
    }
  });
}
