import { describe, expect, it } from 'vitest';
import { clientDraftSchema } from '../../../../shared/contract/clients';
import { FIELD_LIMITS } from '../../../../shared/contract/fields';
import { generateSyntheticClients } from '../../../../tools/seed/synthetic-clients';

describe('generateSyntheticClients', () => {
  it('gives the same clients for the same seed and different ones for another seed', () => {
    const first = generateSyntheticClients({ count: 500, archived: 25, seed: 42 });
    expect(generateSyntheticClients({ count: 500, archived: 25, seed: 42 })).toEqual(first);
    expect(generateSyntheticClients({ count: 500, archived: 25, seed: 43 })).not.toEqual(first);
  });

  it('makes exactly the number of clients and archived clients asked for', () => {
    for (const [count, archived] of [
      [1, 0],
      [1, 1],
      [1000, 50],
      [1000, 1000],
      [0, 0],
    ] as const) {
      const clients = generateSyntheticClients({ count, archived, seed: 7 });
      expect(clients).toHaveLength(count);
      expect(clients.filter((client) => client.archived)).toHaveLength(archived);
    }
  });

  it('spreads archived clients through the list rather than bunching them at one end', () => {
    const clients = generateSyntheticClients({ count: 1000, archived: 100, seed: 3 });
    const archivedInFirstHalf = clients.slice(0, 500).filter((client) => client.archived).length;
    expect(archivedInFirstHalf).toBeGreaterThan(25);
    expect(archivedInFirstHalf).toBeLessThan(75);
  });

  it('produces drafts that pass the contract, with names non-empty and within the limits', () => {
    for (const { draft } of generateSyntheticClients({ count: 5000, archived: 0, seed: 11 })) {
      const parsed = clientDraftSchema.parse(draft);
      expect(parsed.displayName.length).toBeGreaterThan(0);
      expect(parsed.displayName.length).toBeLessThanOrEqual(FIELD_LIMITS.name);
      expect(parsed.displayName).toBe(draft.displayName);
      if (parsed.preferredName !== null) expect(parsed.preferredName.length).toBeLessThanOrEqual(FIELD_LIMITS.name);
      if (parsed.pronouns !== null) expect(parsed.pronouns.length).toBeLessThanOrEqual(FIELD_LIMITS.pronouns);
      if (parsed.about !== null) expect(parsed.about.length).toBeLessThanOrEqual(FIELD_LIMITS.clientNote);
    }
  });

  it('varies the optional fields: some clients have each, some do not', () => {
    const drafts = generateSyntheticClients({ count: 1000, archived: 0, seed: 5 }).map((client) => client.draft);
    for (const field of ['preferredName', 'pronouns', 'dateOfBirth', 'about'] as const) {
      const present = drafts.filter((draft) => draft[field] != null).length;
      expect(present, field).toBeGreaterThan(100);
      expect(present, field).toBeLessThan(900);
    }
    expect(new Set(drafts.map((draft) => draft.displayName)).size).toBeGreaterThan(500);
  });

  it('refuses counts that are not whole numbers or more archived clients than clients', () => {
    expect(() => generateSyntheticClients({ count: 10, archived: 11, seed: 1 })).toThrow(RangeError);
    expect(() => generateSyntheticClients({ count: -1, archived: 0, seed: 1 })).toThrow(RangeError);
    expect(() => generateSyntheticClients({ count: 2.5, archived: 0, seed: 1 })).toThrow(RangeError);
  });
});
