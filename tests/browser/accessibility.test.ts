import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listSiteFiles, servedPath } from '../helpers/link-check';
import { FULL_RULES, newAuditContext, runAxe } from '../helpers/axe';
import { launchBrowser, WITHOUT_SERVICE_WORKER } from '../helpers/browser';

/** What a second colour scheme can change: colours only, so contrast is all it needs checking for. */
const COLOUR_RULES = ['color-contrast'];

const site = inject('site');
const baseSite = inject('baseSite');

/**
 * One page of each template, plus the search, contribution and offline pages once they exist, from
 * the small site under BASE_PATH: the same templates as the catalog's, with lists of tens of rows
 * rather than hundreds (axe's time grows with the page, not its coverage).
 */
function getTemplatePages(): string[] {
  const files = listSiteFiles(baseSite.distDir);
  const optional = files
    .filter((file) => /^(search|contribute|offline)\/(.+\/)?index\.html$/.test(file))
    .map((file) => servedPath(file, '/'));
  // One page of each browse kind whose pages depend on the content: the first that was built.
  const firstOf = (folder: string) =>
    files
      .filter((file) => new RegExp(`^${folder}/[^/]+/index\\.html$`).test(file))
      .sort()
      .slice(0, 1)
      .map((file) => servedPath(file, '/'));
  return [
    '/',
    '/productions/mamono/',
    '/studios/studio-dragon/',
    '/musicals/the-great-gatsby/',
    '/people/na-in-woo/',
    '/sources/eiga-2025-03-06-mamono/',
    // Every collection's list is one template.
    '/productions/',
    '/markets/',
    '/markets/jp/',
    '/years/',
    '/years/2025/',
    '/platforms/',
    '/models/',
    ...firstOf('models'),
    '/groups/',
    ...firstOf('groups'),
    '/timeline/',
    '/trends/',
    '/data/',
    ...optional,
    // Any missing address: the 404 page, as the server sends it.
    '/no-such-page/',
    ...EDITION_PAGES,
  ];
}

/**
 * The other editions run the same templates: what they add is their languages (lang attributes on
 * mixed text) and their text in the theme's colours. A page of each kind that mixes scripts: names
 * in Hangul and kana, an English body under its notice, the status table, on the small site; and
 * translated bodies, which the catalog has, on the catalog.
 */
const EDITION_PAGES = ['/ko/translations/', '/ko/trends/', '/ja/', '/ja/people/na-in-woo/'];
const TRANSLATED_PAGES = ['/ko/productions/mamono/', '/ja/productions/hatsukoi-dogs/'];

/**
 * A second colour scheme changes colours only: its contrast is checked on the pages that between
 * them show every component (sidebar, facts, diagram, tables, timeline, code, search results, the
 * notices of the editions), not on every template again.
 */
const COLOUR_PAGES = new Set([
  '/',
  '/productions/mamono/',
  '/studios/studio-dragon/',
  '/sources/eiga-2025-03-06-mamono/',
  '/productions/',
  '/markets/jp/',
  '/timeline/',
  '/trends/',
  '/data/',
  '/contribute/schema/',
  '/search/',
  '/no-such-page/',
  ...EDITION_PAGES,
  ...TRANSLATED_PAGES,
]);

/** Records what the page's Content-Security-Policy blocked, from before any of its own scripts run. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page template in Chromium', () => {
  it.each([
    ['template', () => getTemplatePages(), baseSite.url],
    ['translated', () => TRANSLATED_PAGES, site.url],
  ] as const)(
    'passes axe on every %s page (light: WCAG 2.2 AA and best practices; dark: colour contrast) with no violation and no CSP block',
    async (_, getPages, siteUrl) => {
      const context = await newAuditContext(browser, {
        ...WITHOUT_SERVICE_WORKER,
        colorScheme: 'light',
        viewport: { width: 1280, height: 900 },
      });
      const failures: string[] = [];
      const counts: string[] = [];
      // One tab visits every page, as a reader would; the CSP watch starts afresh on each.
      const page = await context.newPage();
      const violations = await watchCsp(page);
      let errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`script error: ${error.message}`));
      const audit = async (path: string, scheme: 'light' | 'dark', rules: { type: 'tag' | 'rule'; values: string[] }) => {
        const state = await page.evaluate(() => ({
          // The inline theme script ran: the CSP let it through by its hash.
          themed: document.documentElement.classList.contains('js'),
          background: getComputedStyle(document.documentElement).backgroundColor,
        }));
        expect(state.themed, `${path}: the theme script did not run`).toBe(true);
        expect(state.background, `${path} [${scheme}]`).toBe(scheme === 'dark' ? 'rgb(21, 23, 28)' : 'rgb(255, 255, 255)');
        const found = await runAxe(page, rules);
        counts.push(`${path} ${scheme} ${found.length}`);
        failures.push(...found.map((line) => `${path} [${scheme}] ${line}`));
      };
      for (const path of getPages()) {
        errors = [];
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(new URL(path.slice(1), siteUrl).href, { waitUntil: 'load' });
        await audit(path, 'light', { type: 'tag', values: FULL_RULES });
        // The system's dark scheme, switched on the loaded page: the same page in the other colours.
        if (COLOUR_PAGES.has(path)) {
          await page.emulateMedia({ colorScheme: 'dark' });
          await audit(path, 'dark', { type: 'rule', values: COLOUR_RULES });
        }
        failures.push(...(await violations()).map((line) => `${path} CSP: ${line}`), ...errors.map((line) => `${path} ${line}`));
      }
      await context.close();
      console.info(`axe: ${counts.join(', ')}`);
      expect(failures.join('\n')).toBe('');
    },
  );

  it('passes axe in the dark theme chosen with the theme picker on a light system', async () => {
    const context = await newAuditContext(browser, { ...WITHOUT_SERVICE_WORKER, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(baseSite.url);
    await page.getByLabel('Colour theme').selectOption('dark');
    const failures: string[] = [];
    for (const path of ['/timeline/', '/studios/sll/', '/productions/the-big-door-prize/']) {
      await page.goto(new URL(path.slice(1), baseSite.url).href);
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
      failures.push(...(await runAxe(page, { type: 'rule', values: COLOUR_RULES })).map((line) => `${path} ${line}`));
    }
    await context.close();
    expect(failures.join('\n')).toBe('');
  });
});

describe('keyboard use', () => {
  it('reaches every link and control of a studio page with Tab, each with a visible focus ring, and follows a diagram link with Enter', async () => {
    const context = await browser.newContext({ ...WITHOUT_SERVICE_WORKER, colorScheme: 'light', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL('studios/studio-dragon/', site.url).href);
    const focusable = await page.evaluate(
      () =>
        [...document.querySelectorAll('a[href], button, select, input, [tabindex="0"]')].filter(
          (element) => (element as HTMLElement).offsetParent !== null || element.closest('svg'),
        ).length,
    );
    const seen: { label: string; visible: boolean; inView: boolean; inDiagram: boolean }[] = [];
    for (let step = 0; step < focusable + 5; step++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | SVGElement | null;
        if (!element || element === document.body) return undefined;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return {
          label: element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? element.tagName,
          visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
          inView: box.bottom > 0 && box.top < innerHeight && box.width > 0,
          inDiagram: !!element.closest('.relation-diagram'),
        };
      });
      if (!focused) break;
      if (seen.length && focused.label === seen[0]!.label) break;
      seen.push(focused);
    }
    expect(seen[0]!.label).toBe('Skip to content');
    expect(seen.length).toBeGreaterThanOrEqual(focusable - 2);
    expect(seen.filter((f) => !f.visible || !f.inView).map((f) => f.label)).toEqual([]);
    const diagramLinks = await page.locator('.relation-diagram a').count();
    expect(seen.filter((f) => f.inDiagram)).toHaveLength(diagramLinks);

    const node = page.locator('.relation-diagram').getByRole('link', { name: /^Hatsukoi DOGs, / });
    await node.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/productions\/hatsukoi-dogs\/$/);
    await context.close();
  });

  it('walks the timeline marks in time order and opens an entry from one', async () => {
    const page = await browser.newPage(WITHOUT_SERVICE_WORKER);
    await page.goto(new URL('timeline/', site.url).href);
    const marks = page.locator('.timeline-chart a.mark');
    expect(await marks.count()).toBeGreaterThan(5);
    await marks.first().focus();
    const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('Tab');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(first).not.toBe(second);
    expect(second).toMatch(/^.+: (premiere|season \d+|staging at .+), .+, .+$/);
    const mamono = page.getByRole('link', { name: 'Mamono: premiere, Japan, 18 April 2025' });
    await mamono.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/productions\/mamono\/$/);
    await page.close();
  });
});
