import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { MESSAGES } from '../../src/i18n';
import { getLanguageRuns, parseHead } from '../helpers/html-scan';
import { readPage } from '../helpers/html';
import { readCatalogEntries } from '../helpers/seed-catalog';
import { ROOT } from '../helpers/site';

const { distDir } = inject('site');
const { distDir: baseDist, base } = inject('baseSite');

/** Every page of a build, by its site path ("/ko/productions/mamono/"). */
const listPages = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);
const pages = listPages(distDir);
const editionOf = (path: string) => /^\/(ko|ja)\//.exec(path)?.[1] ?? 'en';
const englishPages = pages.filter((path) => editionOf(path) === 'en');

/** Every string value of a message catalog, by its path ("entry.related"). */
function flatten(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => flatten(item, `${path}.${index}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => flatten(item, path ? `${path}.${key}` : key));
  return [];
}

describe('the Korean and Japanese editions', () => {
  it('have every page the English one has, at the same path under their prefix, at the root and under BASE_PATH', () => {
    expect(englishPages.length).toBeGreaterThan(400);
    for (const locale of ['ko', 'ja']) {
      const missing = englishPages.filter((path) => !existsSync(join(distDir, locale, path, 'index.html')));
      expect(missing, locale).toEqual([]);
      expect(existsSync(join(baseDist, locale, 'productions/mamono/index.html')), `${base}/${locale}`).toBe(true);
    }
  });

  it('say their language, and name every edition of each page reciprocally, each of which exists', () => {
    const pageLanguage = new Map<string, string | undefined>();
    const alternatesOf = new Map<string, Record<string, string>>();
    for (const path of pages) {
      const elements = parseHead(readPage(distDir, path));
      pageLanguage.set(path, elements.find((element) => element.name === 'html')?.attributes['lang']);
      const alternates = elements
        .filter((element) => element.name === 'link' && element.attributes['rel'] === 'alternate' && element.attributes['hreflang'])
        .map((element) => [element.attributes['hreflang']!, new URL(element.attributes['href']!).pathname]);
      if (alternates.length) alternatesOf.set(path, Object.fromEntries(alternates));
    }
    // One list of every mismatch, not an assertion per page: thousands of them cost seconds.
    const problems = pages
      .filter((path) => pageLanguage.get(path) !== editionOf(path))
      .map((path) => `${path}: lang="${pageLanguage.get(path)}", expected "${editionOf(path)}"`);
    const editions = (byLang: Record<string, string> | undefined) => JSON.stringify(byLang && Object.entries(byLang).sort());
    for (const [path, byLang] of alternatesOf) {
      const languages = Object.keys(byLang).sort().join(' ');
      if (languages !== 'en ja ko x-default') problems.push(`${path}: hreflang ${languages}, expected en ja ko x-default`);
      if (byLang[editionOf(path)] !== path) problems.push(`${path}: names ${byLang[editionOf(path)]} as its own edition`);
      if (byLang['x-default'] !== byLang['en']) problems.push(`${path}: x-default ${byLang['x-default']}, not the English ${byLang['en']}`);
      for (const target of Object.values(byLang)) {
        if (editions(alternatesOf.get(target)) !== editions(byLang))
          problems.push(`${path} -> ${target}, which must exist and name ${path} back`);
      }
    }
    expect(problems).toEqual([]);
    // Every page but the 404 pages (noindex) names its editions.
    expect(pages.filter((path) => !alternatesOf.has(path))).toEqual(['/ja/404/', '/ko/404/'].filter((path) => pages.includes(path)));
  });

  it('show no English interface text or English summary outside an element marked English', () => {
    // Interface strings of more than one word that the edition says otherwise, and every translated summary's English.
    const entries = readCatalogEntries(join(ROOT, 'content'));
    for (const locale of ['ko', 'ja'] as const) {
      const own = new Map(flatten(MESSAGES[locale]));
      const english = [
        ...flatten(MESSAGES.en)
          .filter(([key, text]) => text.includes(' ') && text.length >= 8 && own.get(key) !== text)
          .map(([, text]) => text.replace(/\{[^}]*\}/g, '').trim()),
        ...entries.flatMap((entry) => {
          const data = entry.data as { summary?: string; ko?: { summary?: string }; ja?: { summary?: string } };
          return data[locale]?.summary && data.summary ? [data.summary] : [];
        }),
      ];
      const found = pages
        .filter((path) => editionOf(path) === locale)
        .flatMap((path) => {
          const text = getLanguageRuns(readPage(distDir, path))
            .filter((run) => run.lang !== 'en')
            .map((run) => run.text)
            .join('\n');
          return english.filter((string) => text.includes(string)).map((string) => `${path}: ${string}`);
        });
      expect(found, locale).toEqual([]);
    }
  });

  it('each have a feed in their language, and the sitemap names every edition of each page', () => {
    for (const locale of ['ko', 'ja']) {
      const feed = readFileSync(join(distDir, locale, 'rss.xml'), 'utf8');
      expect(feed).toContain(`<language>${locale}</language>`);
      const links = [...feed.matchAll(/<link>([^<]*)<\/link>/g)].map((match) => new URL(match[1]!).pathname);
      expect(links.length).toBeGreaterThan(10);
      expect(links.every((link) => link.startsWith(`/${locale}/`))).toBe(true);
    }
    const sitemap = readdirSync(distDir)
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map((file) => readFileSync(join(distDir, file), 'utf8'))
      .join('');
    expect(sitemap).toMatch(/<xhtml:link rel="alternate" hreflang="ko" href="[^"]*\/ko\/productions\/mamono\/"\/>/);
  });
});
