import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { parseSourceFile, readSourceFiles } from '../../src/checker/content-files';
import type { Entry } from '../../src/catalog/entries';
import { getFormatter } from '../../src/i18n/format';
import { capitalize } from '../../src/catalog/graph';
import { foldText } from '../../src/search/text';
import { formatReport, validateContent } from '../../src/checker/validate';
import { COLLECTIONS, type CollectionName } from '../../src/schemas';
import { getPeriod } from '../../src/schemas/partial-date';
import { createRandom, type Random } from './random';
import {
  COMPANY_SUFFIXES,
  COMPANY_WORDS,
  JAPANESE_GIVEN_NAMES,
  JAPANESE_SURNAMES,
  KOREAN_GIVEN_SYLLABLES,
  KOREAN_SURNAMES,
  MARKETS,
  PUBLISHERS,
  TITLE_MODIFIERS,
  TITLE_NOUNS,
  TOPICS,
  WESTERN_GIVEN_NAMES,
  WESTERN_SURNAMES,
  type CompanySuffix,
  type Market,
  type TitleWord,
} from './words';

/** One generated MDX file: `<collection>/<id>.mdx` and its text. */
export interface CorpusFile {
  path: string;
  text: string;
}

/** How many entries of each collection to generate. */
export type CorpusCounts = Record<CollectionName, number>;

/** Entries per collection in a content folder: the proportions a generated corpus copies. */
export function countEntries(contentDir: string): CorpusCounts {
  const counts = Object.fromEntries(COLLECTIONS.map((name) => [name, 0])) as CorpusCounts;
  for (const file of readSourceFiles(contentDir)) counts[file.collection]++;
  return counts;
}

/**
 * Splits `total` entries across collections in the proportions of `seed` (largest remainder),
 * with at least one of each, since every entry cites a source and credits a studio.
 */
export function scaleCounts(seed: CorpusCounts, total: number): CorpusCounts {
  const seedTotal = COLLECTIONS.reduce((sum, name) => sum + seed[name], 0);
  if (seedTotal === 0) throw new Error('corpus: the seed content has no entries to take proportions from');
  if (total < COLLECTIONS.length) throw new Error(`corpus: at least ${COLLECTIONS.length} entries, one per collection`);
  const exact = COLLECTIONS.map((name) => (seed[name] / seedTotal) * (total - COLLECTIONS.length));
  const counts = exact.map((value) => Math.floor(value) + 1);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest);
  for (let i = 0; left > 0; i++, left--) counts[byRemainder[i % byRemainder.length]!.index]!++;
  return Object.fromEntries(COLLECTIONS.map((name, index) => [name, counts[index]!])) as CorpusCounts;
}

/**
 * The entries of a corpus as the site sees them: parsed and checked by the same code as
 * real content. A corpus with problems throws the checker's report: the generator is wrong.
 */
export function parseCorpus(files: readonly CorpusFile[]): Entry[] {
  const { problems, entries } = validateContent(
    files.map((file) => parseSourceFile(file.path.slice(0, file.path.indexOf('/')) as CollectionName, file.path, file.text)),
  );
  if (problems.length) throw new Error(`bench: the generated corpus does not validate:\n${formatReport(problems)}`);
  return entries as unknown as Entry[];
}

/** Writes a corpus under `dir` as `dir/<collection>/<id>.mdx`. */
export function writeCorpus(dir: string, files: readonly CorpusFile[]): void {
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

interface ScriptName {
  text: string;
  lang: string;
}

/** A generated entry before it is written: enough to reference it, name it and link it. */
interface Draft {
  collection: CollectionName;
  id: string;
  /** Title or name. */
  name: string;
  data: Record<string, unknown>;
  /** Entries this one names in its frontmatter, with how (for the body's table). */
  refs: { draft: Draft; label: string }[];
  /** Entries naming this one. */
  backrefs: { draft: Draft; label: string }[];
}

const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const pad = (n: number) => String(n).padStart(2, '0');

/** Keeps names and ids unique the way validateContent demands: by folded name, and by id per collection. */
class Registry {
  private readonly names = new Set<string>();
  private readonly ids = new Map<CollectionName, Set<string>>(COLLECTIONS.map((name) => [name, new Set()]));

  /** Claims every name at once, or none when one is taken. */
  claimNames(names: readonly string[]): boolean {
    const keys = [...new Set(names.map(foldText))];
    if (keys.some((key) => !key || this.names.has(key))) return false;
    keys.forEach((key) => this.names.add(key));
    return true;
  }

  /** An id for `name` in `collection`, numbered when the plain slug is taken. */
  claimId(collection: CollectionName, name: string): string {
    const ids = this.ids.get(collection)!;
    const base = slugify(name) || collection;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  }
}

/** A title in every form the corpus writes it in. */
interface Title {
  en: string;
  ja: string;
  jaRomaji: string;
  ko: string;
  koRomaji: string;
}

function makeTitle(random: Random): Title {
  const a = random.pick(TITLE_NOUNS);
  let b = random.pick(TITLE_NOUNS);
  while (b === a) b = random.pick(TITLE_NOUNS);
  switch (random.int(3)) {
    case 0: {
      const m: TitleWord = random.pick(TITLE_MODIFIERS);
      return {
        en: `${m.en} ${a.en}`,
        ja: `${m.ja}${a.ja}`,
        jaRomaji: `${m.jaRomaji} ${a.jaRomaji}`,
        ko: `${m.ko} ${a.ko}`,
        koRomaji: `${m.koRomaji} ${a.koRomaji}`,
      };
    }
    case 1:
      return {
        en: `${a.en} of the ${b.en}`,
        ja: `${b.ja}の${a.ja}`,
        jaRomaji: `${b.jaRomaji} no ${a.jaRomaji}`,
        ko: `${b.ko}의 ${a.ko}`,
        koRomaji: `${b.koRomaji}ui ${a.koRomaji}`,
      };
    default:
      return {
        en: `${a.en} ${b.en}`,
        ja: `${a.ja}${b.ja}`,
        jaRomaji: `${a.jaRomaji} ${b.jaRomaji}`,
        ko: `${a.ko} ${b.ko}`,
        koRomaji: `${a.koRomaji} ${b.koRomaji}`,
      };
  }
}

/** A sequel number keeps titles unique once the word lists run out, as real catalogs do ("Secret Garden 2"). */
function numbered(title: Title, n: number): Title {
  if (n < 2) return title;
  return {
    en: `${title.en} ${n}`,
    ja: `${title.ja}${n}`,
    jaRomaji: `${title.jaRomaji} ${n}`,
    ko: `${title.ko} ${n}`,
    koRomaji: `${title.koRomaji} ${n}`,
  };
}

/** Picks a fresh title whose names (from `namesOf`) nobody holds yet. */
function claimTitle(random: Random, registry: Registry, namesOf: (title: Title) => string[]): Title {
  let title = makeTitle(random);
  for (let tries = 0; tries < 12; tries++, title = makeTitle(random)) {
    if (registry.claimNames(namesOf(title))) return title;
  }
  for (let n = 2; ; n++) {
    const candidate = numbered(title, n);
    if (registry.claimNames(namesOf(candidate))) return candidate;
  }
}

interface Person {
  name: string;
  originalNames: ScriptName[];
  aliases: string[];
  nationality?: string;
}

function koreanPerson(random: Random): Person {
  const family = random.pick(KOREAN_SURNAMES);
  const given = [random.pick(KOREAN_GIVEN_SYLLABLES), random.pick(KOREAN_GIVEN_SYLLABLES)];
  const joined = (parts: string[]) => parts[0]!.charAt(0).toUpperCase() + parts[0]!.slice(1) + '-' + parts[1];
  const name = `${family.rr} ${joined(given.map((s) => s.rr))}`;
  const variant = `${family.alt} ${joined(given.map((s) => s.alt))}`;
  const unhyphenated = name.replace('-', '');
  return {
    name,
    originalNames: [
      { text: family.hangul + given.map((s) => s.hangul).join(''), lang: 'ko' },
      { text: `${family.kana}・${given.map((s) => s.kana).join('')}`, lang: 'ja' },
    ],
    aliases: [...new Set([unhyphenated, variant])].filter((alias) => foldText(alias) !== foldText(name)),
    nationality: 'KR',
  };
}

function japanesePerson(random: Random): Person {
  const family = random.pick(JAPANESE_SURNAMES);
  const given = random.pick(JAPANESE_GIVEN_NAMES);
  const name = `${given.romaji} ${family.romaji}`;
  const aliases = [`${family.romaji} ${given.romaji}`];
  if (family.alt !== family.romaji || given.alt !== given.romaji) aliases.push(`${given.alt} ${family.alt}`);
  return {
    name,
    originalNames: [
      { text: `${family.kanji}${given.kanji}`, lang: 'ja' },
      { text: `${family.kana} ${given.kana}`, lang: 'ja' },
    ],
    aliases,
    nationality: 'JP',
  };
}

function westernPerson(random: Random): Person {
  return { name: `${random.pick(WESTERN_GIVEN_NAMES)} ${random.pick(WESTERN_SURNAMES)}`, originalNames: [], aliases: [] };
}

function claimPerson(random: Random, registry: Registry): Person {
  for (;;) {
    const roll = random.next();
    const person = roll < 0.55 ? koreanPerson(random) : roll < 0.85 ? japanesePerson(random) : westernPerson(random);
    if (registry.claimNames([person.name, ...person.aliases])) return person;
  }
}

interface Company {
  name: string;
  originalName: ScriptName | undefined;
  aliases: string[];
  suffix: CompanySuffix;
  country: string;
}

function claimCompany(random: Random, registry: Registry): Company {
  for (let tries = 0; ; tries++) {
    const first = random.pick(COMPANY_WORDS);
    // Two-word names ("Blue Crane Pictures") once the one-word ones run low.
    const second = tries > 6 || random.chance(0.3) ? random.pick(COMPANY_WORDS) : undefined;
    const suffix = random.pick(COMPANY_SUFFIXES);
    const words = second && second !== first ? [first, second] : [first];
    const number = tries > 40 ? ` ${tries - 39}` : '';
    const name = `${words.map((w) => w.en).join(' ')} ${suffix.en}${number}`;
    const country = random.chance(0.55) ? 'KR' : random.chance(0.6) ? 'JP' : random.pick(MARKETS).code;
    const originalName =
      country === 'KR'
        ? { text: `${words.map((w) => w.ko).join('')} ${suffix.ko}${number}`, lang: 'ko' }
        : country === 'JP'
          ? { text: `${words.map((w) => w.ja).join('')}${suffix.ja}${number}`, lang: 'ja' }
          : undefined;
    const aliases = random.chance(0.3) ? [`${name} ${country === 'JP' ? 'Co., Ltd.' : 'Inc.'}`] : [];
    if (registry.claimNames([name, ...aliases])) return { name, originalName, aliases, suffix, country };
  }
}

function date(random: Random, from = 2012, to = 2026): string {
  const year = random.between(from, to);
  const roll = random.next();
  if (roll < 0.15) return String(year);
  if (roll < 0.4) return `${year}-${pad(random.between(1, 12))}`;
  return `${year}-${pad(random.between(1, 12))}-${pad(random.between(1, 28))}`;
}

function pickMarket(random: Random): Market {
  return random.chance(0.5) ? MARKETS[0]! : random.chance(0.3) ? MARKETS[1]! : random.pick(MARKETS);
}

const countries = (codes: readonly string[]) => codes.map(getFormatter('en').country).join(' and ');

const link = (draft: Draft) => `[${draft.name}](../../${draft.collection}/${draft.id}/)`;

function refer(from: Draft, to: Draft, label: string) {
  from.refs.push({ draft: to, label });
  to.backrefs.push({ draft: from, label });
}

/** A sentence about `draft` for its body; the variety keeps Markdown parsing honest. */
function sentence(random: Random, draft: Draft, others: readonly Draft[]): string {
  const other = others.length ? random.pick(others) : undefined;
  const topic = random.pick(TOPICS);
  const topic2 = random.pick(TOPICS);
  const templates = [
    () => `Coverage of ${draft.name} kept returning to ${topic} and to ${topic2}, which trade papers followed closely.`,
    () => `People close to the project describe ${topic} as the part that took longest to settle, well ahead of ${topic2}.`,
    () => `In interviews the team said that ${topic} shaped the schedule more than anyone had expected at the start.`,
    () => `Reports in both countries singled out ${topic}, and later pieces compared it with ${topic2} elsewhere in the region.`,
    () =>
      other
        ? `It is often mentioned together with ${link(other)}, since both became reference points for ${topic}.`
        : `It is often cited as a reference point for ${topic}.`,
    () =>
      other
        ? `Work with ${link(other)} brought **${topic}** into focus, and the arrangement was widely _discussed_ afterwards.`
        : `Questions of **${topic}** came up early and were widely _discussed_ afterwards.`,
    () => `Observers saw ${topic} as a sign of how local production is changing, with ${topic2} close behind.`,
  ];
  return random.pick(templates)();
}

function body(random: Random, draft: Draft, opening: string): string {
  const related = [...draft.refs, ...draft.backrefs];
  const others = related.map((item) => item.draft);
  const source =
    draft.refs.find((item) => item.draft.collection === 'sources')?.draft ?? (draft.collection === 'sources' ? draft : undefined);
  // Every paragraph of an entry cites its source, as the checker asks; a source cites nothing.
  const cite = source && source !== draft ? '[^1]' : '';
  const paragraph = (count: number) => `${Array.from({ length: count }, () => sentence(random, draft, others)).join(' ')}${cite}`;
  const rows = related.slice(0, 6).map((item) => `| ${link(item.draft)} | ${item.label} |`);
  if (rows.length === 0) rows.push(`| ${random.pick(TOPICS)} | noted |`, `| ${random.pick(TOPICS)} | planned |`);
  const parts = [
    `${opening}${source === draft ? '[^1]' : ''} ${paragraph(3)}`,
    '## Background',
    paragraph(3),
    paragraph(3),
    '## Connections',
    `| Entry | Relation |\n| --- | --- |\n${rows.join('\n')}`,
    paragraph(4),
    `- ${random.pick(TOPICS)}\n- ${random.pick(TOPICS)}\n- ~~${random.pick(TOPICS)}~~ (dropped)`,
  ];
  if (source) parts.push(`[^1]: ${source === draft ? 'This source.' : link(source)}`);
  return `${parts.join('\n\n')}\n`;
}

function frontmatter(data: Record<string, unknown>): string {
  // Double-quoted strings keep dates strings and Hangul, kana and colons unambiguous.
  return stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
}

const PRODUCTION_FORMATS = ['series', 'series', 'series', 'miniseries', 'film', 'special'] as const;
const CREW_ROLES = ['director', 'writer', 'showrunner', 'producer', 'creator'] as const;
const OCCUPATIONS_BEHIND = ['director', 'writer', 'producer', 'executive'] as const;

/**
 * Generates a whole catalog: every collection in `counts`, with names in Latin, Hangul and
 * Japanese script and their romanizations, references that resolve (credits, cast, crew,
 * stagings, parents, sources), unique names and ids, and a ~300-word MDX body with a
 * heading, a GFM table, a list, a footnote and relative links to other entries. The same
 * seed and counts give the same files.
 */
export function createCorpus(seed: number, counts: CorpusCounts): CorpusFile[] {
  const random = createRandom(seed);
  const registry = new Registry();
  const draft = (collection: CollectionName, name: string, data: Record<string, unknown>, idFrom = name): Draft => ({
    collection,
    id: registry.claimId(collection, idFrom),
    name,
    data,
    refs: [],
    backrefs: [],
  });

  // Names first, so that any entry can cite any other.
  const people = Array.from({ length: counts.people }, () => {
    const person = claimPerson(random, registry);
    const isActor = random.chance(0.6);
    const occupations = isActor ? ['actor', ...(random.chance(0.15) ? ['singer'] : [])] : [random.pick(OCCUPATIONS_BEHIND)];
    return draft('people', person.name, {
      name: person.name,
      ...(person.originalNames.length ? { originalNames: person.originalNames } : {}),
      ...(person.aliases.length ? { aliases: person.aliases } : {}),
      occupations,
      ...(person.nationality ? { nationality: person.nationality } : {}),
    });
  });
  const actors = people.filter((p) => (p.data['occupations'] as string[]).includes('actor'));
  const crew = people.filter((p) => !(p.data['occupations'] as string[]).includes('actor'));

  const studios = Array.from({ length: counts.studios }, () => {
    const company = claimCompany(random, registry);
    return {
      company,
      draft: draft('studios', company.name, {
        name: company.name,
        ...(company.originalName ? { originalName: company.originalName } : {}),
        ...(company.aliases.length ? { aliases: company.aliases } : {}),
        country: company.country,
        kinds: [company.suffix.kind],
      }),
    };
  });
  const ofKind = (...kinds: string[]) => studios.filter((s) => kinds.includes(s.company.suffix.kind)).map((s) => s.draft);
  const allStudios = studios.map((s) => s.draft);
  const makers = ofKind('studio').length ? ofKind('studio') : allStudios;
  const platforms = ofKind('broadcaster', 'channel', 'streaming-platform').length
    ? ofKind('broadcaster', 'channel', 'streaming-platform')
    : allStudios;
  const theatres = ofKind('theatre-producer').length ? ofKind('theatre-producer') : allStudios;

  const productions: { draft: Draft; title: Title; market: Market | undefined }[] = [];
  const korean: typeof productions = [];
  for (let i = 0; i < counts.productions; i++) {
    const isKorean = random.chance(0.35);
    const market = isKorean ? undefined : pickMarket(random);
    const original = !isKorean && korean.length && random.chance(0.5) ? random.pick(korean) : undefined;
    let title: Title;
    let en: string;
    if (original && market) {
      // A local version keeps the original's title with its market, as the seed's "Marry My Husband (Japanese series)".
      const candidate = `${original.title.en} (${market.adjective} series)`;
      title = original.title;
      en = candidate;
      if (!registry.claimNames([candidate])) {
        title = claimTitle(random, registry, (t) => [t.en]);
        en = title.en;
      }
    } else {
      title = claimTitle(random, registry, (t) => (isKorean ? [t.en, t.koRomaji] : market?.code === 'JP' ? [t.en, t.jaRomaji] : [t.en]));
      en = title.en;
    }
    const aliases = isKorean ? [title.koRomaji] : market?.code === 'JP' && !original ? [title.jaRomaji] : [];
    const data: Record<string, unknown> = {
      title: en,
      ...(isKorean
        ? { originalTitle: { text: title.ko, lang: 'ko' } }
        : market?.code === 'JP'
          ? { originalTitle: { text: title.ja, lang: 'ja' } }
          : {}),
      ...(aliases.length ? { aliases } : {}),
      format: random.pick(PRODUCTION_FORMATS),
      localization: original
        ? random.pick(['adaptation', 'format-remake'])
        : isKorean
          ? 'adaptation'
          : random.pick(['original-local-production', 'co-production']),
      markets: isKorean ? ['KR'] : [market!.code],
      languages: isKorean ? ['ko'] : [market!.language],
      premiere: date(random),
    };
    if (random.chance(0.1))
      data['seasons'] = [
        { number: 1, premiere: '2020' },
        { number: 2, premiere: '2022-04' },
      ];
    const production = { draft: draft('productions', en, data), title, market };
    productions.push(production);
    if (isKorean) korean.push(production);
    if (original) {
      data['relatedTo'] = [{ production: original.draft.id, relation: random.pick(['local-version-of', 'remake-of']) }];
      refer(production.draft, original.draft, 'Local version of');
    }
  }

  const musicals = Array.from({ length: counts.musicals }, () => {
    const title = claimTitle(random, registry, (t) => [t.en, t.koRomaji]);
    return draft('musicals', title.en, {
      title: title.en,
      originalTitle: { text: title.ko, lang: 'ko' },
      aliases: [title.koRomaji],
      localization: random.pick(['local-language-production', 'original-form-tour']),
      premiere: date(random, 1995, 2025),
    });
  });

  const sources = Array.from({ length: counts.sources }, (_, index) => {
    const publisher = random.pick(PUBLISHERS);
    const subject = random.pick([...productions.map((p) => p.draft), ...musicals, ...allStudios]);
    const published = `${random.between(2015, 2026)}-${pad(random.between(1, 12))}-${pad(random.between(1, 28))}`;
    const headline = random.pick([
      `${subject.name} sets its premiere`,
      `Cast announced for ${subject.name}`,
      `${subject.name} expands local production abroad`,
      `Inside the making of ${subject.name}`,
    ]);
    const d = draft(
      'sources',
      headline,
      {
        title: headline,
        ...(random.chance(0.2) ? { headlineKnown: false } : {}),
        publisher: publisher.name,
        ...(random.chance(0.5) ? { author: westernPerson(random).name } : {}),
        published,
        url: `https://example.com/${slugify(publisher.name)}/${index + 1}`,
        // Read after the last date the generator gives (see date()).
        accessed: '2026-12-31',
        language: publisher.language,
      },
      `${publisher.name} ${published} ${headline}`,
    );
    d.backrefs.push({ draft: subject, label: 'About' });
    return d;
  });

  const cite = (d: Draft) => {
    const cited = random.sample(sources, random.between(1, 3));
    d.data['sources'] = cited.map((s) => s.id);
    cited.forEach((s) => refer(d, s, 'Source'));
    return cited;
  };
  /** True when one of the cited sources may have been published on or after the date, as the checker requires of a released date. */
  const reports = (cited: readonly Draft[], date: string) =>
    cited.some((source) => getPeriod(String(source.data['published'])).end >= getPeriod(date).start);

  for (const [index, { draft: d, company }] of studios.entries()) {
    d.data['summary'] =
      `${company.suffix.en === 'Stage' ? 'Theatre producer' : 'Company'} based in ${company.country === 'KR' ? 'South Korea' : company.country === 'JP' ? 'Japan' : 'its home market'}, generated for the benchmark.`;
    if (index > 0 && random.chance(0.15)) {
      // Parents come from earlier studios only, so the chain never loops.
      const parent = allStudios[random.int(index)]!;
      d.data['parent'] = parent.id;
      refer(d, parent, 'Parent company');
    }
    if (random.chance(0.4)) d.data['website'] = `https://${d.id}.example.com/`;
    cite(d);
  }

  for (const d of people) {
    if (random.chance(0.2)) {
      const studio = random.pickSkewed(allStudios);
      d.data['affiliations'] = [{ studio: studio.id, role: random.pick(['CEO', 'Head of drama', 'Producer']) }];
      refer(d, studio, 'Affiliation');
    }
    d.data['summary'] = `${capitalize((d.data['occupations'] as string[]).join(' and '))} credited in the generated benchmark catalog.`;
    cite(d);
  }

  for (const { draft: d } of productions) {
    const credits = [{ studio: random.pickSkewed(makers), role: 'producer' }];
    if (random.chance(0.4)) credits.push({ studio: random.pickSkewed(makers), role: 'planning' });
    if (random.chance(0.3)) credits.push({ studio: random.pickSkewed(makers), role: 'co-producer' });
    credits.push({ studio: random.pickSkewed(platforms), role: random.pick(['broadcaster', 'streamer']) });
    d.data['credits'] = credits.map((credit) => ({ studio: credit.studio.id, role: credit.role }));
    for (const credit of credits) refer(d, credit.studio, credit.role);
    const cast = actors.length ? random.sample(actors, random.between(0, 6)) : [];
    if (cast.length) {
      d.data['cast'] = cast.map((p) =>
        random.chance(0.4) ? { person: p.id, character: random.pick(JAPANESE_GIVEN_NAMES).romaji } : { person: p.id },
      );
      cast.forEach((p) => refer(d, p, 'Cast'));
    }
    const behind = crew.length ? random.sample(crew, random.between(1, 3)) : [];
    if (behind.length) {
      d.data['crew'] = behind.map((p) => ({ person: p.id, role: random.pick(CREW_ROLES) }));
      behind.forEach((p) => refer(d, p, 'Crew'));
    }
    if (random.chance(0.4)) d.data['basedOn'] = random.pick(['webtoon', 'web novel', 'novel']);
    d.data['summary'] =
      `${capitalize(String(d.data['format']))} made for ${countries(d.data['markets'] as string[])}, generated for the benchmark.`;
    const cited = cite(d);
    d.data['status'] = reports(cited, String(d.data['premiere'])) ? 'released' : 'announced';
    const seasons = d.data['seasons'] as { premiere: string }[] | undefined;
    if (seasons && !seasons.every((season) => reports(cited, season.premiere))) delete d.data['seasons'];
  }

  for (const d of musicals) {
    const producers = random.sample(theatres, random.between(1, 2));
    d.data['producers'] = producers.map((s) => s.id);
    producers.forEach((s) => refer(d, s, 'Producer'));
    const stagings = Array.from({ length: random.between(0, 3) }, () => {
      const market = random.pick(MARKETS);
      return {
        city: random.pick(market.cities),
        country: market.code,
        from: String(random.between(2010, 2025)),
        language: market.language,
        cast: random.pick(['local-cast', 'original-cast']),
      };
    });
    if (stagings.length) d.data['stagings'] = stagings;
    const staff = people.length ? random.sample(people, random.between(0, 2)) : [];
    if (staff.length) {
      d.data['people'] = staff.map((p) => ({ person: p.id, role: random.pick(['composer', 'director', 'producer']) }));
      staff.forEach((p) => refer(d, p, 'Staff'));
    }
    d.data['summary'] = 'Korean musical staged abroad, generated for the benchmark.';
    const cited = cite(d);
    for (const staging of stagings) if (!reports(cited, staging.from)) Object.assign(staging, { status: 'announced' });
  }

  const order = ['title', 'name', 'originalTitle', 'originalName', 'originalNames', 'aliases', 'summary'];
  const sorted = (data: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(data).sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99)));
  const openings: Record<CollectionName, (d: Draft) => string> = {
    productions: (d) => `*${d.name}* is a ${String(d.data['format'])} made for ${countries(d.data['markets'] as string[])}.`,
    studios: (d) => `${d.name} is a company in the benchmark catalog.`,
    musicals: (d) => `*${d.name}* (${(d.data['originalTitle'] as ScriptName).text}) is a Korean musical.`,
    people: (d) => `${d.name} works as ${(d.data['occupations'] as string[]).join(' and ')}.`,
    sources: (d) => `An article published by ${String(d.data['publisher'])}.`,
  };
  return [...productions.map((p) => p.draft), ...allStudios, ...musicals, ...people, ...sources].map((d) => ({
    path: `${d.collection}/${d.id}.mdx`,
    text: `---\n${frontmatter(sorted(d.data))}---\n\n${body(random, d, openings[d.collection](d))}`,
  }));
}
