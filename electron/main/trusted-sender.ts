import { isAppUrl } from './app-origin';
import type { RpcInvokeEvent } from './electron-api';

/**
 * Only the top-level frame of a page on the app origin may call the API. A missing frame (it
 * navigated away or was destroyed while the message was in flight), any sub-frame, and any
 * other origin are refused.
 */
export function isTrustedSender(event: RpcInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}
