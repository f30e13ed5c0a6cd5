import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, WITHOUT_SERVICE_WORKER } from '../helpers/browser';
import { parseElements } from '../helpers/html-scan';
import { readPage } from '../helpers/html';
import { listSiteFiles, servedPath } from '../helpers/link-check';

const { url: siteUrl, distDir } = inject('site');

/** The studio page whose relation diagram has the most boxes: the hardest to keep legible. */
function getBusiestStudio(): string {
  const studios = listSiteFiles(distDir)
    .filter((file) => /^studios\/[^/]+\/index\.html$/.test(file))
    .map((file) => servedPath(file, '/'))
    .map((path) => ({
      path,
      nodes: parseElements(readPage(distDir, path)).filter(
        (element) => element.name === 'a' && /\bnode\b/.test(element.attributes['class'] ?? ''),
      ).length,
    }));
  return studios.sort((a, b) => b.nodes - a.nodes)[0]!.path;
}

/** Labels on one line closer than this read as one ("Black Mary PoppinsMamono"): touching is not enough. */
const MIN_GAP_PX = 4;

/** Pairs of drawn texts in one chart closer than MIN_GAP_PX side by side (or overlapping), and texts drawn smaller than `minPx`. */
async function auditCharts(page: Page, minPx: number) {
  return page.evaluate(
    ([min, minGap]) => {
      const problems: string[] = [];
      for (const svg of document.querySelectorAll('figure svg')) {
        const boxes = [...svg.querySelectorAll('text')]
          .filter((text) => text.textContent?.trim())
          .map((text) => ({ text: text.textContent!.trim(), box: text.getBoundingClientRect() }));
        for (const { text, box } of boxes) if (box.height < min) problems.push(`"${text}" is ${box.height.toFixed(1)}px high`);
        boxes.forEach((a, i) => {
          for (const b of boxes.slice(i + 1)) {
            const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
            const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
            if (x > 1 && y > 1) problems.push(`"${a.text}" overlaps "${b.text}"`);
            else if (x > -minGap && y > 1) problems.push(`"${a.text}" and "${b.text}" are ${(-x).toFixed(1)}px apart on one line`);
          }
        });
      }
      return { problems, charts: document.querySelectorAll('figure svg').length, pageWidth: document.documentElement.scrollWidth };
    },
    [minPx, MIN_GAP_PX] as const,
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
])('at %s width, in Chromium', (_, viewport) => {
  it('draws the timeline and the busiest relation diagram with no overlapping labels, at a readable size, and the page never scrolls sideways', async () => {
    const page = await browser.newPage({ ...WITHOUT_SERVICE_WORKER, viewport });
    const studio = getBusiestStudio();
    // The Korean and Japanese editions draw the same charts with labels in their scripts.
    const pages = [
      '/',
      '/timeline/',
      '/trends/',
      studio,
      '/models/',
      '/groups/',
      ...['ko', 'ja'].flatMap((locale) => [`/${locale}/timeline/`, `/${locale}/trends/`, `/${locale}${studio}`]),
    ];
    for (const path of pages) {
      await page.goto(new URL(path.slice(1), siteUrl).href);
      const { problems, charts, pageWidth } = await auditCharts(page, 10);
      if (/^(\/(ko|ja))?\/(timeline|trends|studios)\//.test(path)) expect(charts, path).toBeGreaterThan(0);
      expect(problems, path).toEqual([]);
      // Wide charts scroll inside their own box; the page itself fits the screen.
      expect(pageWidth, path).toBeLessThanOrEqual(viewport.width);
    }
    await page.close();
  });
});
