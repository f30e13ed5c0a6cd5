import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { createCatalog } from '../../src/catalog/entries';
import { COLLECTIONS } from '../../src/schemas';
import { getHrefs, readPage } from '../helpers/html';
import { readCatalogEntries } from '../helpers/seed-catalog';
import { ROOT } from '../helpers/site';

const { distDir } = inject('site');
const entries = readCatalogEntries(join(ROOT, 'content'));
const catalog = createCatalog(entries);

describe('the built site', () => {
  it('has a page for every entry at /<collection>/<id>/', () => {
    expect(entries.length).toBeGreaterThan(40);
    for (const entry of entries) {
      const html = readPage(distDir, `/${entry.collection}/${entry.id}/`);
      expect(html, `${entry.collection}/${entry.id}`).toContain(`data-entry="${entry.collection}/${entry.id}"`);
    }
  });

  it('shows every relation on both pages', () => {
    for (const edge of catalog.graph.edges) {
      const fromHrefs = getHrefs(readPage(distDir, `/${edge.from}/`));
      const toHrefs = getHrefs(readPage(distDir, `/${edge.to}/`));
      expect(fromHrefs, `${edge.from} links ${edge.to}`).toContain(`/${edge.to}/`);
      expect(toHrefs, `${edge.to} links back to ${edge.from}`).toContain(`/${edge.from}/`);
    }
  });

  it('has the indexes, browse pages and a 404', () => {
    for (const path of [...COLLECTIONS.map((c) => `/${c}/`), '/markets/', '/markets/jp/', '/platforms/', '/years/', '/years/2025/']) {
      expect(readPage(distDir, path), path).toContain('<main');
    }
    expect(readPage(distDir, '/404.html')).toContain('Page not found');
  });

  // Tables and the rest of GFM: tests/build/markdown-bodies.test.ts, on a fixture that has them all.
  it('renders the footnotes of entry bodies', () => {
    const withFootnote = readPage(distDir, '/productions/mamono/');
    expect(withFootnote).toMatch(/<section[^>]*data-footnotes/);
  });

  it('has landmarks, a skip link and the entry facts', () => {
    const html = readPage(distDir, '/productions/hatsukoi-dogs/');
    expect(html).toContain('href="#main-content"');
    expect(html).toMatch(/<header[\s>]/);
    expect(html).toMatch(/<nav aria-label="Site"/);
    expect(html).toMatch(/<nav class="breadcrumbs" aria-label="Breadcrumbs"/);
    expect(html).toContain('<span lang="ja">初恋DOGs</span>');
  });
});

describe('a build under BASE_PATH', () => {
  const { distDir: baseDist, base } = inject('baseSite');

  it('prefixes every internal link and asset with the base path', () => {
    for (const path of ['/', '/studios/studio-dragon/', '/productions/', '/markets/jp/']) {
      const html = readPage(baseDist, path);
      const internal = getHrefs(html).filter((href) => href.startsWith('/'));
      expect(internal.length, path).toBeGreaterThan(5);
      for (const href of internal) expect(href, `${path}: ${href}`).toMatch(new RegExp(`^${base}/`));
      for (const [, src] of html.matchAll(/\ssrc="(\/[^"]*)"/g)) expect(src).toMatch(new RegExp(`^${base}/`));
    }
  });
});

describe('a build with broken content', () => {
  // A misspelled reference in frontmatter: tests/build/contributor-commands.test.ts.
  it('fails on a broken link in a body, which the build checks on a worker thread', () => {
    const result = inject('refusedBuilds')['body-links'];
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('tests/fixtures/body-links/productions/new-show.mdx:13  (body)  no studio has the id `tvm`');
    expect(result.output).toContain('did you mean ../../studios/tvn/?');
    expect(result.output).toContain('5 problems in the content.');
    expect(result.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });
});
