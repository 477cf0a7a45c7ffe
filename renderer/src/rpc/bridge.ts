import type { KapBridge } from '../../../shared/contract';

/** The only door to main. Missing means the page was opened outside the app (or its test harness). */
export function getBridge(): KapBridge {
  const bridge = window.kap;
  if (!bridge) throw new Error('window.kap is missing: the renderer was loaded without its bridge.');
  return bridge;
}
