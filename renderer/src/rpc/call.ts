// rpc-client.ts and errors.ts directly, not the contract's index: the index builds every zod schema, which the lock screen does not need.
import { createRpcClient } from '../../../shared/contract/rpc-client';
import { getBridge } from './bridge';
import { announceLockedAnswer } from './locked-signal';

/** The bridge is looked up on each use: missing, a call answers INTERNAL and `on` throws. */
const client = createRpcClient((method, input) => getBridge().invoke(method, input), {
  subscribe: (event, listener) => getBridge().on(event, listener),
  onFailure: (error) => {
    if (error.code === 'LOCKED') announceLockedAnswer();
  },
});

/**
 * Calls one method of the contract and unwraps the RpcResult: resolves with the value or throws
 * an RpcError with the code. Main validates every output, so the value is trusted as typed.
 */
export const call = client.call;

/** Subscribes to one of main's push events, with its payload typed by the contract. */
export const onEvent = client.on;
