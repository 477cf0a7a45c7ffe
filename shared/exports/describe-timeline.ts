import { formatElapsed } from '../session/session-clock';

/** "T+12:05" or "T-03:10" from the first dose, as the session room shows it; null before any dose. */
export function formatTPlus(at: number, dosedAt: number | null): string | null {
  if (dosedAt === null) return null;
  return at >= dosedAt ? `T+${formatElapsed(at - dosedAt)}` : `T-${formatElapsed(Math.ceil((dosedAt - at) / 1000) * 1000)}`;
}
