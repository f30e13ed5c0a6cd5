import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseElements } from '../helpers/html-scan';
import { listSiteFiles } from '../helpers/link-check';
import { auditMarkup } from '../helpers/markup-audit';

const TITLE = "<script>alert('show')</script>";
// Content written to break out of its element (tests/fixtures/hostile-text), built on a custom
// SITE_URL under a sub-path with the seed catalog and the other fixture scenarios that build.
const { distDir, site: SITE, base } = inject('baseSite');

const read = (path: string) => readFileSync(join(distDir, path), 'utf8');

describe('a build of content whose text looks like markup', () => {
  it('shows the text as text on every page, never as elements or handlers', () => {
    const pages = listSiteFiles(distDir).filter((file) => file.endsWith('.html'));
    for (const file of pages) {
      const html = read(file);
      // Quoted attribute values may hold a raw `<` (valid HTML); what must never appear is an element.
      const tags = parseElements(html);
      expect(
        tags.filter((tag) => tag.name === 'script' && tag.attributes['type'] !== 'application/ld+json' && tag.text.includes('alert(')),
        file,
      ).toEqual([]);
      expect(
        tags.filter((tag) => tag.name === 'img'),
        file,
      ).toEqual([]);
      expect(
        auditMarkup(tags).map((problem) => `${problem.rule}: ${problem.detail}`),
        file,
      ).toEqual([]);
    }
    const page = read('productions/hostile-show/index.html');
    expect(parseElements(page).find((tag) => tag.name === 'h1' && tag.attributes['id'] === '_top')?.text).toBe(TITLE);
    expect(page).toContain('&lt;img src=x onerror=alert(&#39;based&#39;)&gt;');
    // The off-site link in the body carries rel; that the site link resolves is links-and-markup's check of this site.
    expect(page).toMatch(/<a href="https:\/\/example\.org\/page" rel="noopener noreferrer external">off-site link<\/a>/);
  });

  it('keeps JSON-LD one intact data block whatever the text holds', () => {
    const blocks = parseElements(read('productions/hostile-show/index.html')).filter(
      (tag) => tag.attributes['type'] === 'application/ld+json',
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.text).not.toMatch(/[<>]/);
    const [, series] = JSON.parse(blocks[0]!.text)['@graph'];
    expect(series.name).toBe(TITLE);
    expect(series.description).toContain('</script><!--');
    expect(series.citation[0]).toMatchObject({
      name: "</script><script>alert('title')</script>",
      url: 'https://example.org/article?a=1&b=<2>',
    });
  });

  it('writes every absolute address on SITE_URL under BASE_PATH', () => {
    const page = read('productions/hostile-show/index.html');
    expect(page).toContain(`<link rel="canonical" href="${SITE}${base}/productions/hostile-show/">`);
    expect(page).toContain(`<meta property="og:image" content="${SITE}${base}/og-card.png">`);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}${base}/sitemap-index.xml`);
    expect(read('rss.xml')).toContain(`<link>${SITE}${base}/productions/hostile-show/</link>`);
    expect(JSON.parse(read('data/catalog.json')).entries.map((entry: { url: string }) => entry.url)).toContain(
      `${SITE}${base}/studios/evil-studio/`,
    );
  });
});
