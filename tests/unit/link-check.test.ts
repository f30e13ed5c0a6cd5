import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, isServedPath } from '../helpers/link-check';

/** Writes a small built site: path -> contents. */
function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'hallyu-links-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('the link check', () => {
  it('follows links, assets and fragments, and names every broken one with its page and reason', () => {
    const dist = site({
      'index.html': page(
        `<a href="/base/studios/sll/">ok</a>
         <a href="/base/studios/sll/#credits">ok anchor</a>
         <a href="/base/studios/sll/#nowhere">bad anchor</a>
         <a href="/base/studios/tbs/">missing page</a>
         <a href="/base/studios/sll">no slash</a>
         <a href="/elsewhere/">outside base</a>
         <a href="#main">own anchor</a>
         <a href="#top">top</a>
         <a href="https://example.org/off-site/">off-site</a>
         <a href="mailto:a@b.c">mail</a>
         <img srcset="/base/a.png 1x, /base/b.png 2x" alt="">
         <script type="module" src="/base/_astro/x.js"></script>`,
        `<link rel="canonical" href="https://site.example/base/"><meta property="og:image" content="https://site.example/base/card.png">`,
      ),
      'studios/sll/index.html': page(
        `<main id="main"><h2 id="credits">Credits</h2><a href="../../">home</a><a href="../tbs/">rel missing</a></main>`,
      ),
      'a.png': 'png',
      '_astro/x.js': 'js',
      '404.html': page('<a href="/base/">home</a>'),
    });
    const report = checkLinks(dist, { base: '/base', site: 'https://site.example' });
    expect(report.pages).toBe(3);
    expect(report.broken.map((link) => `${link.page} ${link.url}: ${link.reason}`).sort()).toEqual([
      '/base/ #main: no element with id "main" on /base/',
      '/base/ /base/b.png: no such page or file',
      '/base/ /base/studios/sll/#nowhere: no element with id "nowhere" on /base/studios/sll/',
      '/base/ /base/studios/sll: missing its trailing slash',
      '/base/ /base/studios/tbs/: no such page or file',
      '/base/ /elsewhere/: outside the base path /base/',
      '/base/ https://site.example/base/card.png: no such page or file',
      '/base/studios/sll/ ../tbs/: no such page or file',
    ]);
    // 13 internal URLs on the home page (off-site and mailto are not followed), 2 on the studio page, 1 on the 404.
    expect(report.links).toBe(16);
    expect(report.anchors).toBe(3);
  });

  it('finds nothing broken in a site whose links all resolve', () => {
    const dist = site({
      'index.html': page('<a href="/studios/">studios</a><a href="/studios/#list">list</a>'),
      'studios/index.html': page('<ul id="list"><li><a href="../">home</a></li></ul>'),
    });
    const inspected: string[] = [];
    const report = checkLinks(dist, { base: '/' }, (file, tags) => inspected.push(`${file} ${tags.find((tag) => tag.name === 'a')?.text}`));
    expect(report).toEqual({ pages: 2, links: 3, anchors: 1, broken: [] });
    // Other checks of every page get each page's elements once.
    expect(inspected.sort()).toEqual(['index.html studios', 'studios/index.html home']);
    expect(isServedPath(dist, '/', '/studios/')).toBe(true);
    expect(isServedPath(dist, '/', '/people/')).toBe(false);
  });
});
