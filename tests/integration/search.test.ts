import { describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import type { SearchKind } from '../../shared/contract/search';
import type { NoteKind } from '../../shared/notes/note-kinds';
import type { NoteNode } from '../../shared/notes/note-document';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../shared/search/search-query';
import { homeworkLink, noteJson, paragraph } from '../support/note-docs';
import { call } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

describe('full-text search on a real vault', () => {
  let core: AppCore;
  let clientId: string;
  let otherClientId: string;

  vaultTest.beforeEach(async ({ vault }) => {
    core = vault.core;
    clientId = (await call(core, 'clients.create', { displayName: 'Search Client' })).id;
    otherClientId = (await call(core, 'clients.create', { displayName: 'Other Client' })).id;
  });

  async function note(title: string, body: NoteNode[], options: { kind?: Exclude<NoteKind, 'session'>; client?: string; isPrivate?: boolean } = {}) {
    const created = await call(core, 'notes.create', { clientId: options.client ?? clientId, kind: options.kind ?? 'general', title });
    await call(core, 'notes.save', {
      id: created.id,
      baseRevision: created.revision,
      content: noteJson(...body),
      title,
      isPrivate: options.isPrivate ?? false,
    });
    return call(core, 'notes.get', { id: created.id });
  }

  const search = async (query: string, filters: { clientId?: string; kinds?: SearchKind[] } = {}) =>
    (await call(core, 'search.query', { query, ...filters })).results;
  const ids = async (query: string, filters: { clientId?: string; kinds?: SearchKind[] } = {}) => (await search(query, filters)).map((result) => result.id);

  vaultTest('finds a word from the body and from the title, title hits first', async () => {
    const inBody = await note('Tuesday', [paragraph('We talked about the lighthouse she kept seeing in the session.')]);
    const inTitle = await note('Lighthouse', [paragraph('We talked about the images she kept seeing in the session.')]);
    await note('Unrelated', [paragraph('Nothing of the sort here.')]);
    expect(await ids('lighthouse')).toEqual([inTitle.id, inBody.id]);
    const [first] = await search('lighthouse');
    expect(first).toMatchObject({
      target: 'note',
      id: inTitle.id,
      clientId,
      clientName: 'Search Client',
      kind: 'general',
      title: 'Lighthouse',
      isPrivate: false,
    });
  });

  vaultTest('never matches the filter tokens it stores beside the words, not even with a one-letter prefix', async () => {
    await note('Quiet', [paragraph('Only words beginning elsewhere in an alphabet.')]);
    await call(core, 'homework.create', { clientId, title: 'Values', fields: { type: 'custom', instructions: 'Name one.' } });
    // Stored filter tokens spell the client ("c..."), the target ("t note") and the kind ("k general").
    for (const typed of ['c', 't', 'k', 'tnote', 'kgeneral', 'thomework', '_c', 'scope']) expect(await ids(typed), typed).toEqual([]);
  });

  vaultTest('matches without accents and case, both ways', async () => {
    const accented = await note('Visit', [paragraph('Met at the café; she felt naïve and Ängstlich.')]);
    const plain = await note('Other visit', [paragraph('The cafe was closed.')]);
    expect((await ids('cafe')).sort()).toEqual([accented.id, plain.id].sort());
    expect((await ids('CAFÉ')).sort()).toEqual([accented.id, plain.id].sort());
    expect(await ids('naive')).toEqual([accented.id]);
    expect(await ids('angstlich')).toEqual([accented.id]);
  });

  vaultTest('spells out ß, œ and their kind in what is indexed and what is typed, both ways', async () => {
    const street = await note('Walk', [paragraph('She walked down the Straße; the Œuvre of her mother, the Æsir and Łódź.')]);
    for (const typed of ['strasse', 'straße', 'STRASSE', 'oeuvre', 'œuvre', 'aesir', 'lodz']) expect(await ids(typed), typed).toEqual([street.id]);
  });

  vaultTest("reads a note's homework links by title, so the homework's title finds the note", async () => {
    const walk = await call(core, 'homework.create', { clientId, title: 'Walk in the park', fields: { type: 'custom', instructions: 'Ten minutes.' } });
    const linked = await note('Plan', [paragraph('Continue with ', homeworkLink(walk.id), ' and the diary this week.')]);
    expect(await ids('park', { kinds: ['general'] })).toEqual([linked.id]);
    const [found] = await search('diary', { kinds: ['general'] });
    expect(found!.snippet.map((part) => part.text).join('')).toContain('Continue with Walk in the park and the diary this week.');

    // Renamed: the draft that links it is found by the new title, no longer by the old.
    await call(core, 'homework.update', { id: walk.id, title: 'Evening stroll', fields: walk.fields, status: 'assigned', outcome: null });
    expect(await ids('stroll', { kinds: ['general'] })).toEqual([linked.id]);
    expect(await ids('park', { kinds: ['general'] })).toEqual([]);
    expect((await search('stroll', { kinds: ['general'] }))[0]!.updatedAt).toBe(linked.updatedAt);
  });

  vaultTest('leaves private notes out unless asked for, in the index itself', async () => {
    const open = await note('Open', [paragraph('The lighthouse again.')]);
    const hidden = await note('Private', [paragraph('The lighthouse dream.')], { isPrivate: true });
    expect(await ids('lighthouse')).toEqual([open.id]);
    const withPrivate = (await call(core, 'search.query', { query: 'lighthouse', includePrivate: true })).results;
    expect(withPrivate.map((result) => [result.id, result.isPrivate]).sort()).toEqual(
      [
        [open.id, false],
        [hidden.id, true],
      ].sort(),
    );
    // Only one result wanted: the private one is not ranked in and then dropped.
    expect((await call(core, 'search.query', { query: 'dream', limit: 1 })).results).toEqual([]);
  });

  vaultTest("finds a session by its intention, observations and the client's words, as the timeline now stands", async () => {
    const protocol = (await call(core, 'protocols.list', {})).protocols.find((one) => one.route === 'im' && one.isDefault)!;
    const session = await call(core, 'sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50 });
    expect(await ids('meet', { kinds: ['timeline'] })).toEqual([]);
    await call(core, 'sessions.checkIn', { id: session.id, readiness: {}, intention: 'To meet the grief gently' });
    const log = (entry: { kind: 'observation' | 'quote' | 'intervention'; text: string }) => call(core, 'sessions.logEvent', { sessionId: session.id, entry });
    const seen = await log({ kind: 'observation', text: 'Eyes closed, breathing slowed' });
    await log({ kind: 'quote', text: 'I can see the whole valley' });
    const wrong = await log({ kind: 'quote', text: 'The albatross is back' });

    for (const typed of ['grief', 'breathing', 'valley']) expect(await ids(typed), typed).toEqual([session.id]);
    const [found] = await search('valley');
    expect(found).toMatchObject({ target: 'session', id: session.id, clientId, kind: 'timeline', title: 'Session 1', isPrivate: false });
    expect(await ids('valley', { kinds: ['timeline'] })).toEqual([session.id]);
    expect(await ids('valley', { kinds: ['general', 'homework'] })).toEqual([]);

    // A correction's words replace the original's; a withdrawn entry is no longer found.
    await call(core, 'sessions.correctEvent', { sessionId: session.id, eventId: seen.event.id, entry: { kind: 'observation', text: 'Eyes open, calm' } });
    await call(core, 'sessions.retractEvent', { sessionId: session.id, eventId: wrong.event.id, reason: 'Logged on the wrong session' });
    expect(await ids('breathing')).toEqual([]);
    expect(await ids('calm')).toEqual([session.id]);
    expect(await ids('albatross')).toEqual([]);
  });

  vaultTest('matches a prefix while typing, and needs every word', async () => {
    const found = await note('Grief', [paragraph('Processing grief about her grandmother.')]);
    for (const typed of ['g', 'gr', 'grandm', 'grief grandmo', 'PROCESSING gr']) expect(await ids(typed), typed).toContain(found.id);
    expect(await ids('grief elephant')).toEqual([]);
    expect(await ids('randmother')).toEqual([]);
  });

  vaultTest('narrows by client and by kind, note kinds and homework', async () => {
    const general = await note('Harbour general', [paragraph('harbour')]);
    const integration = await note('Harbour integration', [paragraph('harbour')], { kind: 'integration' });
    const evaluation = await note('Harbour evaluation', [paragraph('harbour')], { kind: 'evaluation' });
    const theirs = await note('Harbour theirs', [paragraph('harbour')], { client: otherClientId });
    const homework = await call(core, 'homework.create', { clientId, title: 'Harbour walk', fields: { type: 'custom', instructions: 'Walk to the harbour' } });
    const sorted = (values: string[]) => [...values].sort();
    expect(sorted(await ids('harbour'))).toEqual(sorted([general.id, integration.id, evaluation.id, theirs.id, homework.id]));
    expect(sorted(await ids('harbour', { clientId }))).toEqual(sorted([general.id, integration.id, evaluation.id, homework.id]));
    expect(await ids('harbour', { clientId: otherClientId })).toEqual([theirs.id]);
    expect(await ids('harbour', { kinds: ['integration'] })).toEqual([integration.id]);
    expect(sorted(await ids('harbour', { kinds: ['general', 'evaluation'] }))).toEqual(sorted([general.id, evaluation.id, theirs.id]));
    expect(sorted(await ids('harbour', { kinds: ['general', 'evaluation'], clientId }))).toEqual(sorted([general.id, evaluation.id]));
    expect(await ids('harbour', { kinds: ['homework'] })).toEqual([homework.id]);
    expect(sorted(await ids('harbour', { kinds: ['homework', 'integration'], clientId }))).toEqual(sorted([homework.id, integration.id]));
    expect(await ids('harbour', { kinds: ['session'] })).toEqual([]);
    const [homeworkResult] = await search('harbour', { kinds: ['homework'] });
    expect(homeworkResult).toMatchObject({ target: 'homework', kind: 'custom', title: 'Harbour walk', clientName: 'Search Client' });
    expect(await core.dispatch('search.query', { query: 'harbour', kinds: ['poem'] })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });

  vaultTest('finds homework by its fields and its outcome, and follows updates', async () => {
    const homework = await call(core, 'homework.create', { clientId, title: 'Evening record', fields: { type: 'thought-record', rows: [] } });
    await call(core, 'homework.update', {
      id: homework.id,
      title: 'Evening record',
      fields: {
        type: 'thought-record',
        rows: [
          {
            situation: 'Supermarket queue',
            automaticThought: 'Everyone stares',
            emotion: 'Anxiety',
            emotionBefore: 70,
            evidenceFor: '',
            evidenceAgainst: '',
            balancedThought: '',
            emotionAfter: null,
          },
        ],
      },
      status: 'reviewed',
      outcome: 'Noticed the zebra crossing calmed her',
    });
    expect(await ids('supermarket')).toEqual([homework.id]);
    expect(await ids('zebra')).toEqual([homework.id]);
    await call(core, 'homework.update', {
      id: homework.id,
      title: 'Evening record',
      fields: { type: 'thought-record', rows: [] },
      status: 'reviewed',
      outcome: null,
    });
    expect(await ids('supermarket')).toEqual([]);
    expect(await ids('zebra')).toEqual([]);
  });

  vaultTest('forgets words a save removed', async () => {
    const found = await note('Edit', [paragraph('The word marmalade is here.')]);
    await call(core, 'notes.save', {
      id: found.id,
      baseRevision: found.revision,
      content: noteJson(paragraph('Now it says porridge.')),
      title: 'Edit',
      isPrivate: false,
    });
    expect(await ids('marmalade')).toEqual([]);
    expect(await ids('porridge')).toEqual([found.id]);
  });

  vaultTest('answers a snippet split into hit and plain parts', async () => {
    await note('Snippet', [paragraph('Before the dose she described a quiet meadow and then a storm.')]);
    const [result] = await search('meadow');
    expect(result!.snippet.filter((part) => part.hit).map((part) => part.text.toLowerCase())).toEqual(['meadow']);
    expect(result!.snippet.some((part) => !part.hit && part.text.includes('quiet'))).toBe(true);
    const joined = result!.snippet.map((part) => part.text).join('');
    expect(joined).not.toContain(SNIPPET_OPEN);
    expect(joined).not.toContain(SNIPPET_CLOSE);
  });

  vaultTest("finds a signed note's addendum", async () => {
    const found = await note('Signed', [paragraph('Original words only.')]);
    await call(core, 'notes.sign', { id: found.id, baseRevision: found.revision, signerName: 'Dr. Example' });
    expect(await ids('pomegranate')).toEqual([]);
    await call(core, 'notes.addAddendum', { noteId: found.id, text: 'Addendum: she mentioned a pomegranate tree.' });
    expect(await ids('pomegranate')).toEqual([found.id]);
    expect(await ids('original')).toEqual([found.id]);
    await call(core, 'notes.addAddendum', { noteId: found.id, text: 'A second addendum about quinces.' });
    expect(await ids('pomegranate')).toEqual([found.id]);
    expect(await ids('quinces')).toEqual([found.id]);
  });

  vaultTest('forgets a discarded draft', async () => {
    const found = await note('Draft', [paragraph('A draft about kayaking.')]);
    expect(await ids('kayaking')).toEqual([found.id]);
    await call(core, 'notes.discardDraft', { id: found.id });
    expect(await ids('kayaking')).toEqual([]);
    expect(await ids('draft')).toEqual([]);
  });

  vaultTest('answers ok, never an error, for hostile and blank queries', async () => {
    const found = await note('Plain', [paragraph('alpha beta gamma')]);
    const hostile = [
      '"',
      '"alpha',
      '(',
      'alpha)',
      'alpha OR',
      'NOT',
      'NEAR(alpha beta',
      'alpha NEAR/2 beta',
      '*',
      'alpha*',
      '-beta',
      'title:alpha',
      '{title}:alpha',
      '^alpha',
      "'; DROP TABLE notes; --",
      '\u0000',
      '\u0301',
      '＂alpha＂',
      '   ',
      '',
    ];
    for (const query of hostile) {
      const result = await core.dispatch('search.query', { query });
      expect(result.ok, JSON.stringify(query)).toBe(true);
    }
    expect(await ids('"alpha')).toEqual([found.id]);
    expect(await ids('alpha OR zzz')).toEqual([]);
    expect(await ids('   ')).toEqual([]);
    expect(await core.dispatch('search.query', { query: 'x'.repeat(201) })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });
});

describe("a session's search entry follows its words, not every entry", () => {
  const T0 = Date.UTC(2026, 2, 1, 12);
  const MINUTE = 60_000;
  let clock = T0;
  vaultTest.override('coreOptions', { now: () => clock });

  vaultTest('a vital sign or a sedation score leaves it as it was; words and withdrawals rewrite it', async ({ vault }) => {
    const core = vault.core;
    clock = T0;
    const clientId = (await call(core, 'clients.create', { displayName: 'Timeline Client' })).id;
    const protocol = (await call(core, 'protocols.list', {})).protocols.find((one) => one.route === 'im' && one.isDefault)!;
    const session = await call(core, 'sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50 });
    await call(core, 'sessions.checkIn', { id: session.id, readiness: {}, intention: 'To meet the grief gently' });
    const entryOf = async () => {
      const { results } = await call(core, 'search.query', { query: 'grief', clientId });
      expect(results.map((result) => result.id)).toEqual([session.id]);
      return results[0]!;
    };
    clock = T0 + MINUTE;
    await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'quote', text: 'I can see the whole valley' } });
    expect((await entryOf()).updatedAt).toBe(T0 + MINUTE);

    clock = T0 + 2 * MINUTE;
    const vitals = await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'vitals', vitals: { systolic: 132, diastolic: 84 } } });
    await call(core, 'sessions.logEvent', { sessionId: session.id, entry: { kind: 'sedation', moaas: 4 } });
    expect((await entryOf()).updatedAt).toBe(T0 + MINUTE);
    expect((await call(core, 'sessions.get', { id: session.id })).events.map((event) => event.entry?.kind)).toEqual(['quote', 'vitals', 'sedation']);

    // A withdrawal may take words away, so it rewrites the entry; the words still standing are found.
    clock = T0 + 3 * MINUTE;
    await call(core, 'sessions.retractEvent', { sessionId: session.id, eventId: vitals.event.id, reason: 'Wrong cuff size' });
    expect((await entryOf()).updatedAt).toBe(T0 + 3 * MINUTE);
    expect((await call(core, 'search.query', { query: 'valley', clientId })).results.map((result) => result.id)).toEqual([session.id]);
  });
});
