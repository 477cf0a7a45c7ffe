import { createRpcClient, type RpcClient } from '../shared/contract/rpc-client';
import type { AppCore } from './app-core';

/** The typed client straight over an AppCore, with no IPC: for tests, the seed, the bench and the crash harness. */
export function createCoreClient(core: AppCore): RpcClient {
  return createRpcClient((method, input) => core.dispatch(method, input), {
    subscribe: (event, listener) =>
      core.onEvent((name, payload) => {
        if (name === event) listener(payload);
      }),
  });
}
