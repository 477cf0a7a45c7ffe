import { useEffect, useEffectEvent } from 'react';
import { watchIdle } from './idle-timer';

/** Calls `onIdle` after `minutes` without keyboard, pointer, wheel or focus activity in the window. */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  const fireIdle = useEffectEvent(onIdle);
  useEffect(() => watchIdle(window, minutes * 60_000, fireIdle), [minutes]);
}
