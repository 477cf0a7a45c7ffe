import type { KapBridge } from '../../shared/contract';

declare global {
  interface Window {
    /** Provided by the preload (Electron) or the preview bridge script; never defined by the bundle. */
    readonly kap?: KapBridge;
  }
}
