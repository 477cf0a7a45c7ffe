import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../../db/migrate';
import { SearchRepository } from '../../../../db/search-repository';
import { cleanIndexedText, SNIPPET_CLOSE, SNIPPET_OPEN, splitSnippet, toFtsQuery, withLastWordWhole } from '../../../../shared/search/search-query';

describe('toFtsQuery', () => {
  it('quotes every word and makes the last one a prefix', () => {
    expect(toFtsQuery('panic attacks')).toBe('"panic" "attacks"*');
    expect(toFtsQuery('  one  ')).toBe('"one"*');
    expect(toFtsQuery('a b c')).toBe('"a" "b" "c"*');
  });

  it('answers null when there is nothing to search for', () => {
    for (const blank of ['', '   ', '\n\t', '"', '()', '* - : ^ +', '""""', '—…', '\u0000\u0007']) expect(toFtsQuery(blank), JSON.stringify(blank)).toBeNull();
  });

  it('turns FTS5 operators, quotes, parentheses and column filters into plain words', () => {
    expect(toFtsQuery('a OR b')).toBe('"a" "OR" "b"*');
    expect(toFtsQuery('NOT x AND y')).toBe('"NOT" "x" "AND" "y"*');
    expect(toFtsQuery('NEAR(a b, 3)')).toBe('"NEAR" "a" "b" "3"*');
    expect(toFtsQuery('title:secret')).toBe('"title" "secret"*');
    expect(toFtsQuery('{title body}: x')).toBe('"title" "body" "x"*');
    expect(toFtsQuery('"quoted phrase" -minus *star ^caret +plus')).toBe('"quoted" "phrase" "minus" "star" "caret" "plus"*');
    expect(toFtsQuery("it's")).toBe('"it" "s"*');
    expect(toFtsQuery('x" OR "1"="1')).toBe('"x" "OR" "1" "1"*');
  });

  it('keeps letters and numbers of any script, composed as typed text is', () => {
    expect(toFtsQuery('café')).toBe('"café"*');
    expect(toFtsQuery('cafe\u0301')).toBe('"café"*');
    expect(toFtsQuery('ｃａｆｅ')).toBe('"cafe"*');
    expect(toFtsQuery('Ärger 悲しみ 42')).toBe('"Ärger" "悲しみ" "42"*');
  });

  it('never lets a quote, star or operator character into the expression except its own', () => {
    const hostile = '"* ( ) : ^ + - NEAR/2 ＂ ＊ “ ” \u201c\u201d \' ` \\ ; -- /* */ %';
    const query = toFtsQuery(`${hostile} word`)!;
    expect(query).toMatch(/^("[^"*]+" )*"[^"*]+"\*$/);
  });

  it('keeps at most 12 words', () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`);
    const query = toFtsQuery(words.join(' '))!;
    expect(query.split(' ')).toHaveLength(12);
    expect(query.endsWith('"w11"*')).toBe(true);
  });
});

describe('withLastWordWhole', () => {
  it('makes the last word of an expression whole, and nothing else', () => {
    expect(withLastWordWhole(toFtsQuery('mother gui')!)).toBe('"mother" "gui"');
    expect(withLastWordWhole(toFtsQuery('say "a*"')!)).toBe('"say" "a"');
    expect(withLastWordWhole('"mother" "guilt"')).toBe('"mother" "guilt"');
  });
});

describe('splitSnippet', () => {
  const hit = (text: string) => `${SNIPPET_OPEN}${text}${SNIPPET_CLOSE}`;

  it('splits hits from the words around them', () => {
    expect(splitSnippet(`…felt ${hit('panic')} before the ${hit('session')}…`)).toEqual([
      { text: '…felt ', hit: false },
      { text: 'panic', hit: true },
      { text: ' before the ', hit: false },
      { text: 'session', hit: true },
      { text: '…', hit: false },
    ]);
  });

  it('handles plain text, hits at the edges, adjacent hits and empty input', () => {
    expect(splitSnippet('no hits')).toEqual([{ text: 'no hits', hit: false }]);
    expect(splitSnippet(`${hit('a')}${hit('b')}`)).toEqual([
      { text: 'a', hit: true },
      { text: 'b', hit: true },
    ]);
    expect(splitSnippet('')).toEqual([]);
    expect(splitSnippet(hit(''))).toEqual([]);
  });

  it('treats an unclosed hit as a hit to the end', () => {
    expect(splitSnippet(`before ${SNIPPET_OPEN}after`)).toEqual([
      { text: 'before ', hit: false },
      { text: 'after', hit: true },
    ]);
  });

  it('gives back every character that is not a mark', () => {
    const snippet = `<b>x</b> ${hit('<script>')} & ${hit('"q"')}`;
    expect(
      splitSnippet(snippet)
        .map((part) => part.text)
        .join(''),
    ).toBe('<b>x</b> <script> & "q"');
  });
});

describe('cleanIndexedText', () => {
  it('removes the snippet marks and other control characters, keeping newlines and tabs', () => {
    expect(cleanIndexedText(`a${SNIPPET_OPEN}b${SNIPPET_CLOSE}c\u0000d\u007Fe`)).toBe('a b c d e');
    expect(cleanIndexedText('line\nnext\ttab')).toBe('line\nnext\ttab');
  });
});

/** A seeded generator, so a failure names an input that can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = [
  '"',
  '""',
  '"unclosed',
  '(',
  ')',
  '(a OR b',
  'a OR',
  'OR',
  'AND',
  'NOT',
  'NEAR',
  'NEAR(',
  'NEAR(a b',
  'NEAR(a b, 10)',
  'a NEAR/3 b',
  '*',
  '**',
  'a*',
  '*a',
  '-',
  '-a',
  'a -b',
  ':',
  'title:',
  'title:x',
  '{title}:x',
  '{title body} : x',
  '^a',
  '+a',
  'a + b',
  "'; DROP TABLE search_documents; --",
  'x" OR "1"="1',
  '\\"',
  '`a`',
  '\u0000',
  '\u0002hit\u0003',
  '\u0301',
  'e\u0301\u0301\u0301',
  '\u200d',
  '\u200b\u200c\ufeff',
  '👩‍👩‍👧',
  'café',
  'ｃａｆé ＊ ＂',
  '\uE000\uF8FF',
  '\uD800',
  '\uDFFF a',
  '𝐀𝐁𝐂',
  'ǅ',
  'ﬁ',
  '①②③',
  '½',
  '﷽',
  'مرحبا بالعالم',
  'שלום',
  'สวัสดี',
  'नमस्ते',
  '한국어',
  '\u2028\u2029',
  'a'.repeat(200),
  Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '),
  'a AND b OR c NOT d',
  'MATCH',
  'rank',
  'bm25',
  '0x00',
  '9'.repeat(50),
];

describe('toFtsQuery against a real FTS5 index', () => {
  let db: Database.Database;
  let search: SearchRepository;

  beforeAll(() => {
    db = new Database(':memory:');
    migrate(db);
    db.prepare("INSERT INTO clients (id, display_name, search_text, created_at, updated_at) VALUES ('c1', 'Client', 'client', 1, 1)").run();
    search = new SearchRepository(db);
    const documents = [
      ['n1', 'Panic before the session', 'She felt panic and then calm. Café afterwards.'],
      ['n2', 'Integration', 'Themes: grief, OR and NOT as plain words, NEAR the lake.'],
      ['n3', 'Homework review', 'Thought record: "I always fail" (belief 80%).'],
    ];
    for (const [id, title, body] of documents)
      search.index({ target: 'note', targetId: id!, clientId: 'c1', kind: 'general', isPrivate: false, title: title!, body: body!, updatedAt: 1 });
  });
  afterAll(() => db.close());

  const rawMatch = (match: string) => db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ?').pluck().all(match);

  it('raises no syntax error for any hostile input, raw or through the repository', () => {
    for (const input of HOSTILE) {
      const match = toFtsQuery(input);
      if (match === null) continue;
      expect(() => rawMatch(match), JSON.stringify(input)).not.toThrow();
      expect(() => search.search({ match, includePrivate: true, limit: 10 }), JSON.stringify(input)).not.toThrow();
    }
  });

  it('raises no syntax error for thousands of random strings of operator, quote and odd characters', () => {
    const alphabet = [
      '"',
      "'",
      '(',
      ')',
      '*',
      '-',
      '+',
      ':',
      '^',
      '{',
      '}',
      ',',
      '/',
      '\\',
      ' ',
      ' ',
      'a',
      'b',
      'OR',
      'AND',
      'NOT',
      'NEAR',
      '\u0301',
      '\u200d',
      '＂',
      '\uD800',
      '\u0000',
      'é',
      '1',
      '\t',
    ];
    const next = random(20261201);
    for (let round = 0; round < 3000; round++) {
      const length = 1 + Math.floor(next() * 24);
      const input = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const match = toFtsQuery(input);
      if (match === null) continue;
      expect(() => rawMatch(match), JSON.stringify(input)).not.toThrow();
    }
  });

  it('these very inputs would be syntax errors if passed raw, so the test can tell', () => {
    const raw = ['"unclosed', '(a OR b', 'NEAR(a b', 'a OR', '-a', 'title:x'];
    const errors = raw.filter((input) => {
      try {
        rawMatch(input);
        return false;
      } catch {
        return true;
      }
    });
    expect(errors.length).toBeGreaterThanOrEqual(4);
  });

  it('finds by words, prefix and without accents; operators are only words', () => {
    const ids = (typed: string) => search.search({ match: toFtsQuery(typed)!, includePrivate: true, limit: 10 }).results.map((result) => result.id);
    expect(ids('panic')).toEqual(['n1']);
    expect(ids('pan')).toEqual(['n1']);
    expect(ids('cafe')).toEqual(['n1']);
    expect(ids('CAFÉ')).toEqual(['n1']);
    expect(ids('panic OR grief')).toEqual([]);
    expect(ids('grief OR')).toEqual(['n2']);
    expect(ids('"always fail"')).toEqual(['n3']);
    expect(ids('-belief')).toEqual(['n3']);
    expect(ids('title:panic')).toEqual([]);
  });
});
