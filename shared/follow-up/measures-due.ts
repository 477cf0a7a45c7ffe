/**
 * When a PHQ-9 is due at a dose (docs/clinical.md, "Follow-up contacts"): the client has a course
 * dose due or given today, and no PHQ-9 was taken on or after the day of the dose before it. Before
 * the course's first dose, a client with no PHQ-9 at all is due one (the baseline). Our rule, kept
 * simple: the app reminds, the therapist decides.
 */
export function isPhq9Due(previousDoseDay: string | null, lastPhq9On: string | null): boolean {
  if (lastPhq9On === null) return true;
  return previousDoseDay !== null && lastPhq9On < previousDoseDay;
}
