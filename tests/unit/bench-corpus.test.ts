import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../src/checker/content-files';
import { validateContent } from '../../src/checker/validate';
import { COLLECTIONS, type CollectionName } from '../../src/schemas';
import { createCorpus, scaleCounts, type CorpusFile } from '../bench/corpus';

const SEED_COUNTS = { productions: 6, studios: 15, musicals: 2, people: 19, sources: 7 };
const counts = scaleCounts(SEED_COUNTS, 80);
const files = createCorpus(7, counts);
const parsed = files.map((file) => parseSourceFile(file.path.split('/')[0] as CollectionName, `bench/${file.path}`, file.text));
const { problems, entries } = validateContent(parsed);
const bodyOf = (file: CorpusFile) => file.text.slice(file.text.indexOf('\n---\n') + 5);

describe('the generated corpus', () => {
  it('passes the same schema and reference validation as real content', () => {
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(80);
  });

  it('has every collection in the seed proportions', () => {
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(80);
    for (const collection of COLLECTIONS) {
      expect(files.filter((file) => file.path.startsWith(`${collection}/`))).toHaveLength(counts[collection]);
    }
    // People outnumber productions about three to one in the seed, and so here.
    expect(counts.people / counts.productions).toBeCloseTo(19 / 6, 0);
    expect(scaleCounts(SEED_COUNTS, 5)).toEqual({ productions: 1, studios: 1, musicals: 1, people: 1, sources: 1 });
  });

  it('is the same for the same seed and different for another', () => {
    expect(createCorpus(7, counts)).toEqual(files);
    expect(createCorpus(8, counts)).not.toEqual(files);
  });

  it('writes names in Latin, Hangul and kana, with romanization variants', () => {
    const text = files.map((file) => file.text).join('\n');
    expect(text).toMatch(/\p{Script=Hangul}/u);
    expect(text).toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}]/u);
    expect(text).toMatch(/\p{Script=Han}/u);
    const people = entries.filter((entry) => entry.collection === 'people');
    expect(people.some((person) => (person.data['aliases'] as string[]).length > 0)).toBe(true);
  });

  it('credits, casts and cites other generated entries', () => {
    const production = entries.find((entry) => entry.collection === 'productions' && (entry.data['cast'] as unknown[]).length > 0);
    expect(production).toBeDefined();
    expect((production!.data['credits'] as unknown[]).length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.collection === 'sources' || (entry.data['sources'] as unknown[]).length > 0)).toBe(true);
  });

  it('gives every entry a ~300-word body with a GFM table, a footnote and relative links that resolve', () => {
    const paths = new Set(files.map((file) => file.path.replace(/\.mdx$/, '')));
    for (const file of files) {
      const body = bodyOf(file);
      const words = body.split(/\s+/).filter(Boolean).length;
      expect(words, file.path).toBeGreaterThan(250);
      expect(words, file.path).toBeLessThan(450);
      expect(body, file.path).toMatch(/^\| --- \| --- \|$/m);
      expect(body, file.path).toMatch(/\[\^1\][\s\S]*^\[\^1\]: /m);
      const links = [...body.matchAll(/\]\(\.\.\/\.\.\/([a-z]+\/[a-z0-9-]+)\/\)/g)].map((match) => match[1]!);
      expect(links.length, file.path).toBeGreaterThan(0);
      for (const link of links) expect(paths.has(link), `${file.path} links ${link}`).toBe(true);
    }
  });

  it('names files <collection>/<id>.mdx, inside the folder it is written to', () => {
    for (const file of files) expect(file.path).toMatch(/^(productions|studios|musicals|people|sources)\/[a-z0-9-]+\.mdx$/);
  });
});
