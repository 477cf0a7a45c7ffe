import { addCalendarDays, calendarDaysBetween } from '../../shared/calendar-date';
import type { ClientDraft } from '../../shared/contract/clients';
import { ABOUT_FRAGMENTS, FAMILY_NAMES, GIVEN_NAMES, PREFERRED_NAMES, PRONOUNS } from './name-parts';
import { createPrng, type Prng } from './prng';

export interface SyntheticClient {
  /** What a therapist would type into the new-client form. */
  draft: ClientDraft;
  archived: boolean;
}

export interface SyntheticClientOptions {
  count: number;
  /** How many of them are archived; chosen at random positions. */
  archived: number;
  seed: number;
}

const MIDDLE_INITIALS = [...'ABCDEFGHJKLMNPRSTVW'];
/** Adult clients only; a fixed range (not "today minus N years") so a seed gives the same dates every year. */
const EARLIEST_BIRTH = '1940-01-01';
const LATEST_BIRTH = '2006-12-31';

/** Fictional clients, the same ones for the same options. Pure: no clock, no I/O. */
export function generateSyntheticClients(options: SyntheticClientOptions): SyntheticClient[] {
  const { count, archived, seed } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a whole number, 0 or more');
  if (!Number.isInteger(archived) || archived < 0 || archived > count) throw new RangeError('archived must be a whole number from 0 to count');
  const prng = createPrng(seed);
  const clients: SyntheticClient[] = [];
  let archivedLeft = archived;
  for (let index = 0; index < count; index++) {
    // Selection sampling: exactly `archived` of them, spread at random through the list.
    const isArchived = prng.next() * (count - index) < archivedLeft;
    if (isArchived) archivedLeft -= 1;
    clients.push({ draft: syntheticDraft(prng), archived: isArchived });
  }
  return clients;
}

function syntheticDraft(prng: Prng): ClientDraft {
  return {
    displayName: syntheticName(prng),
    ...(prng.chance(0.25) ? { preferredName: prng.pick(PREFERRED_NAMES) } : {}),
    ...(prng.chance(0.7) ? { pronouns: prng.pick(PRONOUNS) } : {}),
    ...(prng.chance(0.6) ? { dateOfBirth: syntheticBirthDate(prng) } : {}),
    ...(prng.chance(0.5) ? { about: syntheticAbout(prng) } : {}),
  };
}

function syntheticName(prng: Prng): string {
  const given = prng.pick(GIVEN_NAMES);
  const initial = prng.chance(0.3) ? `${prng.pick(MIDDLE_INITIALS)}.` : null;
  const family = prng.chance(0.08) ? `${prng.pick(FAMILY_NAMES)}-${prng.pick(FAMILY_NAMES)}` : prng.pick(FAMILY_NAMES);
  return [given, initial, family].filter((part) => part !== null).join(' ');
}

function syntheticBirthDate(prng: Prng): string {
  return addCalendarDays(EARLIEST_BIRTH, prng.int(0, calendarDaysBetween(EARLIEST_BIRTH, LATEST_BIRTH)));
}

function syntheticAbout(prng: Prng): string {
  const first = prng.pick(ABOUT_FRAGMENTS);
  if (!prng.chance(0.4)) return first;
  const second = prng.pick(ABOUT_FRAGMENTS);
  return second === first ? first : `${first} ${second}`;
}
