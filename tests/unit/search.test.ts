import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHUNK_SIZE,
  createSearchIndex,
  createSearchRecords,
  getIndexFileName,
  getQueryKey,
  getTextParts,
  listIndexFiles,
  loadSearchIndex,
  openSearchIndex,
  MAX_QUERY_LENGTH,
  type SearchIndexFiles,
  type SearchRecord,
} from '../../src/search/search-index';
import { getSearchMessages } from '../../src/search/search-messages';
import { countResults, getHighlightParts, getResultView } from '../../src/search/search-view';
import { foldText, foldTextWithOffsets } from '../../src/search/text';
import { renderResult } from '../../src/scripts/search-client';
import { ROOT } from '../helpers/site';
import { readCatalogEntries } from '../helpers/seed-catalog';

const entries = readCatalogEntries();
const records = createSearchRecords(entries);
// The browser gets the index as JSON: test what survives the round trip.
const data = JSON.parse(JSON.stringify(createSearchIndex(records))) as SearchIndexFiles;
const searcher = loadSearchIndex(data);
const top = (query: string) => {
  const [first] = searcher.search(query);
  return first && `${first.record.kind}/${first.record.id}`;
};

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '.*+?^${}()|[]\\/',
  '(((((((((((a',
  '\\',
  'x'.repeat(5000),
  '한'.repeat(5000),
  '🎬🍿 Soul Mate 👩‍❤️‍👨',
  '\u202eetaM luoS\u202c',
  '\u200f\u200e\u202b\u2067',
  '\u0000\u001f\ufeff',
  '%00%27%22',
];

describe('folding names for search', () => {
  it.each([
    ['Ok Taec-yeon', 'oktaecyeon'],
    ['Taecyeon', 'taecyeon'],
    ['Hatsukoi DOGs', 'hatsukoidogs'],
    ['ＨＡＴＳＵＫＯＩ　ＤＯＧＳ', 'hatsukoidogs'],
    ['Crème Brûlée', 'cremebrulee'],
    ['初恋DOGs', '初恋dogs'],
    ['ｵｸ・ﾃｷﾞｮﾝ', 'オクテギョン'],
    ['オク・テギョン', 'オクテギョン'],
    ['명성황후', '명성황후'],
    ['\u200fSoul\u200e Mate 🎬', 'soulmate'],
    ['Apple TV+', 'appletv'],
  ])('%s folds to %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('keeps kana voicing marks: ギ is not キ', () => {
    expect(foldText('ギ')).not.toBe(foldText('キ'));
    expect(foldText('ガ')).toBe(foldText('ｶﾞ'));
  });

  it('maps every folded unit back to the text it came from', () => {
    for (const text of ['Ok Taec-yeon', 'ｵｸ・ﾃｷﾞｮﾝ', 'ﬁne ①', '私の夫と結婚して', '<b>Soul</b> Mate']) {
      const { text: folded, starts, ends } = foldTextWithOffsets(text);
      expect(folded).toBe(foldText(text));
      expect(starts).toHaveLength(folded.length);
      for (let unit = 0; unit < folded.length; unit++) {
        expect(foldText(text.slice(starts[unit], ends[unit])), `${text} @${unit}`).toContain(folded[unit]);
      }
    }
  });
});

describe('ranking: the expected top result', () => {
  // Every kind of entry, every script; exact titles, substrings, romanizations and typos.
  it.each([
    // English titles and names, exact, and with one or two wrong letters.
    ['Hatsukoi Dogs', 'productions/hatsukoi-dogs'],
    ['hatsukoi-dogs', 'productions/hatsukoi-dogs'],
    ['Mamono', 'productions/mamono'],
    ['Mamomo', 'productions/mamono'],
    ['Big Dor Prize', 'productions/the-big-door-prize'],
    ['Soul Mate', 'productions/soul-mate'],
    ['The Great Gatsbi', 'musicals/the-great-gatsby'],
    ['The Last Empress', 'musicals/the-last-empress'],
    ['Studio Dargon', 'studios/studio-dragon'],
    ['SLL', 'studios/sll'],
    ['Prime Video', 'studios/amazon-prime-video'],
    ['Shochiku', 'studios/shochiku'],
    ['Takeru Sato', 'people/takeru-satoh'],
    ['Na In-woo', 'people/na-in-woo'],
    ['K-drama makers', 'sources/joongang-2025-05-22-local-production'],
    // Romanizations and aliases, hyphens and spaces optional.
    ['Taecyeon', 'people/ok-taec-yeon'],
    ['Taec-yeon', 'people/ok-taec-yeon'],
    ['Na Inwoo', 'people/na-in-woo'],
    ['Watashi no Otto to Kekkon Shite', 'productions/marry-my-husband-japan'],
    // Hangul.
    ['나인우', 'people/na-in-woo'],
    ['옥택연', 'people/ok-taec-yeon'],
    ['명성황후', 'musicals/the-last-empress'],
    ['위대한 개츠비', 'musicals/the-great-gatsby'],
    ['스튜디오드래곤', 'studios/studio-dragon'],
    ['내 남편과 결혼해줘', 'productions/marry-my-husband'],
    ['남편과', 'productions/marry-my-husband'],
    // Kana and kanji, whole and in part.
    ['初恋DOGs', 'productions/hatsukoi-dogs'],
    ['初恋', 'productions/hatsukoi-dogs'],
    ['私の夫', 'productions/marry-my-husband-japan'],
    ['魔物', 'productions/mamono'],
    ['ソウルメイト', 'productions/soul-mate'],
    ['オク・テギョン', 'people/ok-taec-yeon'],
    ['ナ・イヌ', 'people/na-in-woo'],
    ['佐藤健', 'people/takeru-satoh'],
    ['テレビ朝日', 'studios/tv-asahi'],
    ['スタジオドラゴン', 'studios/studio-dragon'],
    ['松竹', 'studios/shochiku'],
    // A publisher, found through the sources it credits.
    ['JoongAng', 'sources/joongang-2025-05-22-local-production'],
  ])('%s -> %s', (query, expected) => {
    expect(top(query)).toBe(expected);
  });

  it('puts an exact title before titles that contain it', () => {
    const results = searcher.search('Mamono');
    expect(results.slice(0, 2).map((result) => [result.record.id, result.tier])).toEqual([
      ['mamono', 'exact'],
      ['eiga-2025-03-06-mamono', 'prefix'],
    ]);
    expect(searcher.search('Soul Mate')[1]!.tier).toBe('prefix');
  });

  it('ranks name matches before records that only credit the name', () => {
    const results = searcher.search('Studio Dragon');
    expect(results[0]!.record.id).toBe('studio-dragon');
    const credited = results.slice(1).map((result) => result.record.id);
    expect(credited).toEqual(expect.arrayContaining(['hatsukoi-dogs', 'marry-my-husband-japan', 'the-big-door-prize']));
    expect(results.slice(1).every((result) => result.tier === 'credit')).toBe(true);
  });

  describe('credited names against typos in a large catalog', () => {
    const record = (kind: SearchRecord['kind'], title: string, credits: string[] = []): SearchRecord => ({
      id: title.toLowerCase().replace(/\W+/g, '-'),
      kind,
      title,
      originalNames: [],
      aliases: [],
      credits,
      markets: [],
    });
    // Many people whose names differ from the one searched by a letter or two, as at 50,000 entries.
    const lookalikes = ['Kang Bit-ju', 'Kang Bin-na', 'Hwang Bit-min', 'Kang Bi-bin', 'Kang Git-bin', 'Jang Bit-bin', 'Kang Bit-bi'];
    const large = loadSearchIndex(
      JSON.parse(
        JSON.stringify(
          createSearchIndex([
            ...lookalikes.map((name) => record('people', name)),
            record('people', 'Kang Bit-bin'),
            record('productions', 'Hotel Rain', ['Kang Bit-bin', 'Coral Pictures']),
            record('productions', 'Kang Bit-bnn'),
          ]),
        ),
      ),
    );
    const ranked = (query: string) => large.search(query).map((result) => [result.record.title, result.tier]);

    it('puts an entry crediting the name as written after names containing it and before names with typos', () => {
      expect(ranked('Kang Bit-bin').slice(0, 2)).toEqual([
        ['Kang Bit-bin', 'exact'],
        ['Hotel Rain', 'credit'],
      ]);
      expect(
        ranked('Kang Bit-bin')
          .slice(2)
          .every(([, tier]) => tier === 'fuzzy'),
      ).toBe(true);
    });

    it('ranks a credit with a typo among the typos, after a title with the same typo', () => {
      const results = ranked('Kang Bit-bxn');
      const position = (title: string) => results.findIndex(([found]) => found === title);
      expect(position('Hotel Rain')).toBeGreaterThan(position('Kang Bit-bin'));
      expect(position('Hotel Rain')).toBeGreaterThan(position('Kang Bit-bnn'));
      expect(position('Hotel Rain')).toBeGreaterThan(-1);
      expect(results.every(([, tier]) => tier === 'fuzzy')).toBe(true);
    });
  });

  it('returns at most `limit` results, best first', () => {
    expect(searcher.search('a', 3)).toHaveLength(3);
    expect(searcher.search('Marry My Husband', 50).length).toBeGreaterThanOrEqual(4);
  });

  it('finds nothing for nonsense, and nothing for an empty query', () => {
    expect(searcher.search('zzqqxxv')).toEqual([]);
    expect(searcher.search('   ')).toEqual([]);
    expect(searcher.search('')).toEqual([]);
  });
});

describe('highlights', () => {
  it('marks the matched part of the name as written', () => {
    const [result] = searcher.search('私の夫');
    const name = result!.matches.find((match) => match.field === 'originalNames')!;
    expect(name.text).toBe('私の夫と結婚して');
    expect(name.ranges.map(([start, end]) => name.text.slice(start, end))).toEqual(['私の夫']);
  });

  it('spans the hyphens and spaces that folding dropped', () => {
    const [result] = searcher.search('Taecyeon');
    const title = result!.matches.find((match) => match.field === 'title')!;
    expect(title.ranges.map(([start, end]) => title.text.slice(start, end))).toEqual(['Taec-yeon']);
  });
});

describe('the prebuilt index', () => {
  it('has one record per entry, with base-less URLs, every name and the credits', () => {
    expect(records).toHaveLength(entries.length);
    const dogs = records.find((record) => record.id === 'hatsukoi-dogs')!;
    expect(dogs).toMatchObject({
      kind: 'productions',
      title: 'Hatsukoi DOGs',
      originalNames: [{ text: '初恋DOGs', lang: 'ja' }],
      aliases: ['Hatsukoi Dogs'],
      year: 2025,
      markets: ['JP'],
    });
    expect(dogs.credits).toEqual(expect.arrayContaining(['TBS', 'Studio Dragon', 'Na In-woo', 'Kaya Kiyohara', 'Ryo Narita']));
    // TBS co-produced and broadcast it: credited once.
    expect(dogs.credits.filter((credit) => credit === 'TBS')).toHaveLength(1);
    const source = records.find((record) => record.id === 'joongang-2025-05-22-local-production')!;
    expect(source.credits).toEqual(['Korea JoongAng Daily', 'Ha Nam-hyun']);
  });

  it('splits the names by script: each part holds every record, with the names in its scripts, title first', () => {
    const number = records.findIndex((record) => record.id === 'na-in-woo');
    const { latin, cjk } = data.parts;
    expect(latin.names).toHaveLength(records.length);
    expect(cjk.names).toHaveLength(records.length);
    expect(latin.names[number]!.split('|')[0]).toBe('nainwoo');
    // The title is in the other part: an empty name stands in its place.
    expect(cjk.names[number]!.split('|')).toEqual(['', '나인우', 'ナイヌ']);
    expect(latin.credits.names).toContain('studiodragon');
    expect(cjk.credits.names).not.toContain('studiodragon');
    expect(data.chunks.flatMap((chunk) => chunk.records)).toEqual(records);
    expect(data.chunks.every((chunk) => chunk.records.length <= CHUNK_SIZE)).toBe(true);
    // One stamp in every file of a build, another for other records.
    const stamps = new Set([...Object.values(data.parts), ...data.chunks].map((file) => file.stamp));
    expect(stamps.size).toBe(1);
    expect(createSearchIndex(records.slice(1)).parts.latin.stamp).not.toBe(data.parts.latin.stamp);
  });

  it('sends a query to the parts of its scripts', () => {
    expect(getTextParts(getQueryKey('Mamono'))).toEqual(['latin']);
    expect(getTextParts(getQueryKey('魔物'))).toEqual(['cjk']);
    expect(getTextParts(getQueryKey('ソウルメイト'))).toEqual(['cjk']);
    expect(getTextParts(getQueryKey('初恋DOGs'))).toEqual(['latin', 'cjk']);
  });

  it('searches alike before and after the JSON round trip', () => {
    const direct = loadSearchIndex(createSearchIndex(records));
    for (const query of ['Mamomo', '私の夫', 'Studio Dragon', 'a']) {
      expect(direct.search(query).map((result) => result.record.id)).toEqual(searcher.search(query).map((result) => result.record.id));
    }
  });

  it('refuses an index of another version with a message that says what to do', () => {
    expect(() =>
      loadSearchIndex({ ...data, parts: { ...data.parts, latin: { ...data.parts.latin, version: 0 } } } as unknown as SearchIndexFiles),
    ).toThrow(/index version 0, expected 3; rebuild the site/);
  });
});

describe('an index that loads as queries need it', () => {
  const files = new Map<string, unknown>(listIndexFiles(data).map((file) => [file.name, file.data]));
  const open = (fail: ReadonlySet<string> = new Set()) => {
    const asked: string[] = [];
    const lazy = openSearchIndex(async (file) => {
      asked.push(file);
      if (fail.has(file)) throw new Error(`offline: ${file}`);
      return JSON.parse(JSON.stringify(files.get(file)));
    });
    return { lazy, asked };
  };

  it("fetches the part of the query's script and the records it shows, and finds what the whole index finds", async () => {
    const { lazy, asked } = open();
    const results = await lazy.search('Mamomo', 5);
    expect(results.map((result) => result.record.id)).toEqual(searcher.search('Mamomo', 5).map((result) => result.record.id));
    expect(results.map((result) => result.matches)).toEqual(searcher.search('Mamomo', 5).map((result) => result.matches));
    const chunks = new Set(
      results.map((result) =>
        getIndexFileName({
          chunk: Math.floor(
            records.findIndex((record) => record.kind === result.record.kind && record.id === result.record.id) / CHUNK_SIZE,
          ),
        }),
      ),
    );
    expect(asked.sort()).toEqual(['latin.json', ...chunks].sort());
    await lazy.search('魔物');
    expect(asked).toContain('cjk.json');
  });

  it('tries a part that failed to load again with the next query', async () => {
    const fail = new Set(['latin.json']);
    const { lazy, asked } = open(fail);
    await expect(lazy.search('Mamono')).rejects.toThrow('offline: latin.json');
    fail.clear();
    expect((await lazy.search('Mamono'))[0]!.record.id).toBe('mamono');
    expect(asked.filter((file) => file === 'latin.json')).toHaveLength(2);
  });

  it("says to reload, rather than show another entry's record, when a file of records comes from another build", async () => {
    const rebuilt = createSearchIndex(records.map((record) => ({ ...record, title: `${record.title} (renamed)` })));
    const lazy = openSearchIndex(async (file) => {
      const chunk = /^records-(\d+)\.json$/.exec(file);
      return JSON.parse(JSON.stringify(chunk ? rebuilt.chunks[Number(chunk[1])] : files.get(file)));
    });
    await expect(lazy.search('Mamono')).rejects.toThrow('the index was rebuilt since this page opened it; reload the page');
  });

  it('tries a file of records that failed to load again with the next query', async () => {
    const chunk = getIndexFileName({ chunk: Math.floor(records.findIndex((record) => record.id === 'mamono') / CHUNK_SIZE) });
    const fail = new Set([chunk]);
    const { lazy } = open(fail);
    await expect(lazy.search('Mamono')).rejects.toThrow(`offline: ${chunk}`);
    fail.clear();
    expect((await lazy.search('Mamono'))[0]!.record.id).toBe('mamono');
  });
});

describe('hostile queries', () => {
  it.each(HOSTILE.map((query) => [query.length > 40 ? `${query.slice(0, 20)}… (${query.length})` : JSON.stringify(query), query]))(
    '%s returns normally',
    (_, query) => {
      expect(() => searcher.search(query!)).not.toThrow();
      expect(Array.isArray(searcher.search(query!))).toBe(true);
    },
  );

  it('ignores invisible direction marks and emoji around a real name', () => {
    expect(top('\u200fTaecyeon\u200e')).toBe('people/ok-taec-yeon');
    expect(top('🎬 Soul Mate 🍿')).toBe('productions/soul-mate');
  });

  it('cuts a long query to MAX_QUERY_LENGTH folded characters', () => {
    expect(top(`Hatsukoi Dogs${'!'.repeat(10_000)}`)).toBe('productions/hatsukoi-dogs');
    expect(MAX_QUERY_LENGTH).toBeLessThanOrEqual(64);
  });
});

/** A stand-in for the DOM with just what rendering uses; setting markup on it fails the test. */
class FakeNode {
  children: (FakeNode | string)[] = [];
  attributes: Record<string, string> = {};
  className = '';
  href = '';
  lang = '';
  constructor(readonly tagName: string) {}
  append(...nodes: (FakeNode | string)[]) {
    this.children.push(...nodes);
  }
  setAttribute(name: string, value: string) {
    this.attributes[name] = value;
  }
  get textContent(): string {
    return this.children.map((child) => (typeof child === 'string' ? child : child.textContent)).join('');
  }
  set textContent(text: string) {
    this.children = [text];
  }
  set innerHTML(_: string) {
    throw new Error('rendering set innerHTML');
  }
  insertAdjacentHTML() {
    throw new Error('rendering called insertAdjacentHTML');
  }
}
const fakeDocument = {
  createElement: (tag: string) => new FakeNode(tag),
  createTextNode: (text: string) => text,
} as unknown as Document;

describe('rendering results', () => {
  const hostileTitle = '<img src=x onerror="alert(1)"> & <script>alert(2)</script>';
  const hostile: SearchRecord = {
    id: 'hostile',
    kind: 'productions',
    title: hostileTitle,
    originalNames: [{ text: '<b lang="ja">悪</b>', lang: 'ja' }],
    aliases: [],
    credits: ['<svg onload=alert(3)>'],
    markets: ['JP'],
  };
  const hostileSearcher = loadSearchIndex(createSearchIndex([...records, hostile]));

  it('keeps names and queries as text: the parts add up to the name exactly', () => {
    for (const query of ['img src', 'onerror', 'script', '<script>', '悪', 'svg onload']) {
      const result = hostileSearcher.search(query).find((item) => item.record.id === 'hostile');
      expect(result, query).toBeDefined();
      const view = getResultView(result!, getSearchMessages('en'));
      expect(view.title.map((part) => part.text).join('')).toBe(hostileTitle);
      expect(view.href).toBe('/productions/hostile/');
    }
  });

  it('builds result links from elements and text nodes, never markup', () => {
    const result = hostileSearcher.search('<img src=x onerror=')[0]!;
    expect(result.record.id).toBe('hostile');
    const link = renderResult(result, getSearchMessages('en'), fakeDocument) as unknown as FakeNode;
    expect(link.tagName).toBe('a');
    expect(link.textContent).toContain(hostileTitle);
    const marks = JSON.stringify(link).match(/"tagName":"mark"/g) ?? [];
    expect(marks.length).toBeGreaterThan(0);
  });

  it('splits text by clipped ranges', () => {
    expect(getHighlightParts('Soul Mate', [[0, 4]])).toEqual([
      { text: 'Soul', highlight: true },
      { text: ' Mate', highlight: false },
    ]);
    expect(
      getHighlightParts('abc', [
        [2, 99],
        [1, 2],
      ]),
    ).toEqual([
      { text: 'ab', highlight: false },
      { text: 'c', highlight: true },
    ]);
  });
});

describe('the real catalog', () => {
  const real = createSearchRecords(readCatalogEntries(join(ROOT, 'content')));
  const realSearcher = loadSearchIndex(JSON.parse(JSON.stringify(createSearchIndex(real))) as SearchIndexFiles);
  // Every name an entry is published under: its title, its names in original scripts and its
  // aliases (romanizations, other spellings), in whatever script each is written.
  const names = real.flatMap((record) =>
    [record.title, ...record.originalNames.map((name) => name.text), ...record.aliases].map((name) => ({
      name,
      key: `${record.kind}/${record.id}`,
    })),
  );

  it('has names in Latin, Hangul, kana and Han script to test', () => {
    for (const script of [/\p{Script=Latin}/u, /\p{Script=Hangul}/u, /[\p{Script=Hiragana}\p{Script=Katakana}]/u, /\p{Script=Han}/u]) {
      expect(names.some(({ name }) => script.test(name))).toBe(true);
    }
  });

  it('finds every entry by each of its names, among the first three results', () => {
    const missed = names.filter(
      ({ name, key }) =>
        !realSearcher
          .search(name, 3)
          .map((result) => `${result.record.kind}/${result.record.id}`)
          .includes(key),
    );
    expect(missed.map(({ name, key }) => `${name} -> ${key}`)).toEqual([]);
  });
});

describe('search in each edition', () => {
  const entries = readCatalogEntries(join(ROOT, 'content'));
  const searcherOf = (locale: 'ko' | 'ja') => loadSearchIndex(createSearchIndex(createSearchRecords(entries, locale)));

  it("lists an entry under its name in the edition's language, linking inside the edition, and still finds it by its English name", () => {
    for (const [locale, query] of [
      ['ko', '마물'],
      ['ja', '魔物'],
    ] as const) {
      const searcher = searcherOf(locale);
      const [first] = searcher.search(query, 3);
      expect(first?.record).toMatchObject({ id: 'mamono', title: query });
      expect(getResultView(first!, getSearchMessages(locale)).href).toBe(`/${locale}/productions/mamono/`);
      expect(searcher.search('Mamono', 3)[0]?.record.id).toBe('mamono');
    }
  });

  it("shows results in the edition's words: kinds, countries and counts", () => {
    const messages = getSearchMessages('ja');
    const result = searcherOf('ja').search('魔物', 1)[0]!;
    expect(getResultView(result, messages).meta).toBe('作品 · 2025 · 日本');
    expect(countResults(3, messages)).toBe('3件');
    expect(countResults(1, getSearchMessages('en'))).toBe('1 result');
    expect(countResults(12, getSearchMessages('en'))).toBe('12 results');
    expect(getSearchMessages('ko').hrefs.search).toBe('/ko/search/');
  });
});
