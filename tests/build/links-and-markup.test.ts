import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkLinks, formatBrokenLinks, listSiteFiles, servedPath } from '../helpers/link-check';
import { auditMarkup } from '../helpers/markup-audit';

const { distDir: baseDist, base, site } = inject('baseSite');
const builds = [
  // The root build writes absolute URLs on the default SITE_URL.
  { name: 'at the root', distDir: inject('site').distDir, base: '/', site: 'http://localhost:4321' },
  { name: `under BASE_PATH ${base}`, distDir: baseDist, base, site },
];

describe.each(builds)('the site built $name', ({ distDir, base, site }) => {
  it('has no broken internal link, asset or #anchor', () => {
    const report = checkLinks(distDir, { base, site });
    console.info(
      `link check ${base}: ${report.pages} pages, ${report.links} internal links, ${report.anchors} anchors, ${report.broken.length} broken`,
    );
    expect(formatBrokenLinks(report.broken)).toBe('');
    // The check really walked the site: every page, the sidebar on each, the footnotes and tables of contents.
    expect(report.pages).toBeGreaterThan(60);
    expect(report.links).toBeGreaterThan(report.pages * 15);
    expect(report.anchors).toBeGreaterThan(report.pages);
  });

  it('keeps every page within the security rules: a hashed CSP, no handlers, no script URLs, no leaking links', () => {
    const pages = listSiteFiles(distDir).filter((file) => file.endsWith('.html'));
    const problems = pages.flatMap((file) => {
      const html = readFileSync(join(distDir, file), 'utf8');
      const found = auditMarkup(html).map((problem) => `${problem.rule}: ${problem.detail}`);
      // The theme script is the inline script the policy must cover by hash; it is on every page.
      if (!html.includes("<script>try{const t=localStorage.getItem('ha-theme')")) found.push('no theme script');
      return found.map((problem) => `${servedPath(file, base)}: ${problem}`);
    });
    expect(problems.join('\n')).toBe('');
  });
});
