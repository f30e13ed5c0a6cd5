import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/**
 * WCAG 2.0, 2.1 and 2.2, levels A and AA, which the site promises to pass, and axe's best
 * practices (unique landmarks, one main, headings in order ...), which readers of the best sites expect.
 */
export const FULL_RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The WCAG levels alone. */
export const WCAG_RULES = FULL_RULES.filter((tag) => tag !== 'best-practice');

/**
 * axe's minified build. Chromium hands an init script's text to the page again on every
 * navigation: the 1.5 MB of axe.js cost 0.28 CPU-seconds a page, the 0.65 MB of axe.min.js 0.13.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * A browser context whose every page has axe from its first script on. Added as an init script
 * (run through the DevTools protocol, which the page's CSP does not govern) rather than evaluated
 * after each load, which cost twice as much, measured.
 */
export async function newAuditContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: AXE_SOURCE });
  return context;
}

/** axe's violations of the given rules (`tags`, or rule ids) on a page of an audit context, one line per failing element. */
export async function runAxe(page: Page, runOnly: { type: 'tag' | 'rule'; values: string[] }): Promise<string[]> {
  const results = await page.evaluate(
    (only) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: only, resultTypes: ['violations'] }),
    runOnly,
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? violation.help}`,
    ),
  );
}
