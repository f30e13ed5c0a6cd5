import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HtmlElement } from '../helpers/html-scan';
import { checkLinks, formatBrokenLinks, servedPath, type LinkReport } from '../helpers/link-check';
import { auditMarkup } from '../helpers/markup-audit';

const { distDir: baseDist, base, site } = inject('baseSite');
const builds = [
  // The root build writes absolute URLs on the default SITE_URL.
  { name: 'at the root', distDir: inject('site').distDir, base: '/', site: 'http://localhost:4321' },
  { name: `under BASE_PATH ${base}`, distDir: baseDist, base, site },
];

/** The theme script: the inline script the policy must cover by hash, on every page. */
const isThemeScript = (tag: HtmlElement) =>
  tag.name === 'script' && Object.keys(tag.attributes).length === 0 && tag.text.startsWith("try{const t=localStorage.getItem('ha-theme')");

describe.each(builds)('the site built $name', ({ distDir, base, site }) => {
  let report: LinkReport;
  const problems: string[] = [];
  // One parse of every page serves both checks.
  beforeAll(() => {
    report = checkLinks(distDir, { base, site }, (file, tags) => {
      const found = auditMarkup(tags).map((problem) => `${problem.rule}: ${problem.detail}`);
      if (!tags.some(isThemeScript)) found.push('no theme script');
      problems.push(...found.map((problem) => `${servedPath(file, base)}: ${problem}`));
    });
  });

  it('has no broken internal link, asset or #anchor', () => {
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
    expect(problems.join('\n')).toBe('');
    // Every page was audited.
    expect(report.pages).toBeGreaterThan(60);
  });
});
