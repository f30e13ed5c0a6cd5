import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newAuditContext, runAxe, WCAG_RULES } from '../helpers/axe';
import { launchBrowser, WITHOUT_SERVICE_WORKER } from '../helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Fails the test on any script error or dialog on the page. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

/** Types a query into the header's box (focused with "/") and waits for the answer to it. */
async function search(page: Page, query: string) {
  const input = page.locator('#site-search');
  if (!(await input.evaluate((element) => element === document.activeElement))) await page.keyboard.press('/');
  await input.fill(query);
  await page.waitForFunction((text) => document.querySelector('.search-footer')?.textContent?.includes(text), query.slice(0, 100));
}

const firstOption = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();

describe('searching from the header', () => {
  it('finds the right entry first by its English title, original script, romanization or a typo', async () => {
    const page = await browser.newPage(WITHOUT_SERVICE_WORKER);
    const problems = watch(page);
    await page.goto(new URL('productions/', inject('site').url).href);
    for (const [query, title] of [
      ['Hatsukoi Dogs', 'Hatsukoi DOGs'],
      ['初恋DOGs', 'Hatsukoi DOGs'],
      ['私の夫', 'Marry My Husband (Japanese series)'],
      ['나인우', 'Na In-woo'],
      ['명성황후', 'The Last Empress'],
      ['Taecyeon', 'Ok Taec-yeon'],
      ['Watashi no Otto to Kekkon Shite', 'Marry My Husband (Japanese series)'],
      ['Mamomo', 'Mamono'],
      ['Studio Dargon', 'Studio Dragon'],
    ]) {
      await search(page, query!);
      expect(await firstOption(page).locator('.search-result-title').textContent(), query).toBe(title);
    }
    // The matched part is highlighted in the name as written.
    await search(page, '私の夫');
    expect(await firstOption(page).locator('mark').allTextContents()).toContain('私の夫');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works from the keyboard: "/" focuses, arrows move the selection, Enter opens, Escape closes', async () => {
    const context = await newAuditContext(browser, WITHOUT_SERVICE_WORKER);
    const page = await context.newPage();
    await page.goto(new URL('studios/', inject('site').url).href);
    const input = page.locator('#site-search');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('Studio Dragon');
    await page.waitForFunction(() => document.querySelectorAll('[role="option"]').length > 2);
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    const listboxId = await input.getAttribute('aria-controls');
    expect(await page.locator(`#${listboxId}`).getAttribute('role')).toBe('listbox');

    const options = page.getByRole('option');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(0).getAttribute('id'));
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(0).getAttribute('id'));
    // Results are links, labelled with their kind.
    expect(await options.nth(0).getAttribute('href')).toBe('/studios/studio-dragon/');
    expect(await options.nth(1).textContent()).toMatch(/production|studio|musical|person|source/);
    // The open list, its highlights and the selected option pass axe.
    expect(await runAxe(page, { type: 'tag', values: WCAG_RULES })).toEqual([]);

    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.search-popup').isVisible()).toBe(false);
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();

    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.querySelector('#site-search')?.getAttribute('aria-expanded') === 'true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/studios\/studio-dragon\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Studio Dragon');

    // Ctrl+K focuses the box from anywhere on the page.
    await page.locator('main').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await context.close();
  });

  it('says when nothing matches, and suggests browsing', async () => {
    const page = await browser.newPage(WITHOUT_SERVICE_WORKER);
    await page.goto(inject('site').url);
    await search(page, 'zzqqxxv');
    const footer = page.locator('.search-footer');
    expect(await footer.textContent()).toContain('No entries match “zzqqxxv”');
    expect(await footer.getByRole('link', { name: 'every entry A–Z' }).getAttribute('href')).toBe('/search/');
    expect(await page.getByRole('status').textContent()).toContain('No entries match');
    await page.close();
  });

  it('treats hostile queries as text: they return normally and run nothing', async () => {
    const page = await browser.newPage(WITHOUT_SERVICE_WORKER);
    const problems = watch(page);
    await page.goto(inject('site').url);
    const hostile = [
      '<img src=x onerror="window.__pwned=1;alert(1)">',
      '"><script>window.__pwned=2</script>',
      '.*+?^${}()|[]\\/',
      '((((((((((((a',
      'x'.repeat(5000),
      '🎬🍿👩‍❤️‍👨 Soul Mate',
      '\u202eetaM luoS\u202c',
      '\u200f\u200e\u202b\u2067',
    ];
    for (const query of hostile) {
      await search(page, query);
      expect(await page.locator('.search-footer').textContent()).toContain(query.slice(0, 100));
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('ha-search img, ha-search script').count()).toBe(0);
    // A real name among emoji and direction marks is still found.
    await search(page, '🎬 Soul Mate 🍿');
    expect(await firstOption(page).locator('.search-result-title').textContent()).toBe('Soul Mate');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('search without a saved copy', () => {
  it('says it cannot load when offline before any visit saved it, and works once back online, without a reload', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    // Chromium up to at least 150 keeps a failed import() of an address failed for the life of the
    // page, without asking the network again; newer ones ask again. Refusing, once online, every
    // address that failed offline holds any Chromium to the older behaviour.
    let offline = false;
    const failed = new Set<string>();
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (offline) failed.add(url);
      return offline || failed.has(url) ? route.abort('internetdisconnected') : route.continue();
    });
    const page = await context.newPage();
    await page.goto(inject('site').url);
    offline = true;
    await page.keyboard.press('/');
    await page.keyboard.type('Mamono');
    const footer = page.locator('.search-footer');
    await footer.filter({ hasText: 'Search could not load' }).waitFor();
    expect(await footer.isVisible()).toBe(true);
    expect(
      [...failed].some((url) => url.includes('/_astro/')),
      'the search code was asked for while offline',
    ).toBe(true);
    offline = false;
    await page.locator('main').click();
    await search(page, 'Mamono');
    expect(await firstOption(page).locator('.search-result-title').textContent()).toBe('Mamono');
    await context.close();
  });
});

describe('the search page', () => {
  it('shows results for ?q= and keeps the address in step as the reader types', async () => {
    const page = await browser.newPage(WITHOUT_SERVICE_WORKER);
    await page.goto(new URL(`search/?q=${encodeURIComponent('명성황후')}`, inject('site').url).href);
    const results = page.getByRole('list', { name: 'Search results' });
    await results.getByRole('link').first().waitFor();
    expect(await results.getByRole('link').first().locator('.search-result-title').textContent()).toBe('The Last Empress');
    await page.locator('#search-page-input').fill('Gatsby');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Gatsby');
    await page.waitForFunction(() => document.querySelector('.search-results .search-result-title')?.textContent === 'The Great Gatsby');
    await page.close();
  });
});

/** Visits a home page, waits until the service worker has saved its edition, then cuts the network. */
async function goOffline(url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(url);
  // The page asks the worker to save its edition, and <html> says when it is saved.
  await page.waitForFunction(() => document.documentElement.dataset['offlineSaved'] === document.documentElement.lang, undefined, {
    timeout: 60_000,
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  await context.setOffline(true);
  return { context, page, problems };
}

// On the small site under BASE_PATH: the worker's addresses are relative to a sub-path there, and saving an
// edition costs a request per page. At the root, the Save-Data test below has the worker save a page.
describe('offline, under BASE_PATH', () => {
  it('opens a page never visited and runs a search with the network off', async () => {
    const url = inject('baseSite').url;
    const { context, page, problems } = await goOffline(url);

    await page.goto(new URL('people/na-in-woo/', url).href);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Na In-woo');

    for (const [query, title] of [
      ['The Last Empress', 'The Last Empress'],
      ['명성황후', 'The Last Empress'],
      ['The Lsat Empress', 'The Last Empress'],
    ]) {
      await search(page, query!);
      expect(await firstOption(page).locator('.search-result-title').textContent(), query).toBe(title);
    }
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/musicals\/the-last-empress\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('The Last Empress');
    expect(new URL(page.url()).pathname).toBe(new URL('musicals/the-last-empress/', url).pathname);

    // What was never saved (it does not exist) gets the offline page, not a browser error.
    await page.goto(new URL('no-such-page/', url).href);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('You are offline');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('offline in the Korean edition', () => {
  it('reads and searches the Korean edition after one visit to it, in Korean', async () => {
    const url = inject('baseSite').url;
    const { context, page, problems } = await goOffline(new URL('ko/', url).href);
    await page.goto(new URL('ko/people/ok-taec-yeon/', url).href);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('옥택연');
    await search(page, '마물');
    const option = page.getByRole('listbox', { name: '검색 결과' }).getByRole('option').first();
    expect(await option.locator('.search-result-title').textContent()).toBe('마물');
    expect(await option.getAttribute('href')).toBe(new URL('ko/productions/mamono/', url).pathname);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ko\/productions\/mamono\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    // What was never saved gets the Korean edition's offline page.
    await page.goto(new URL('ko/no-such-page/', url).href);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('오프라인 상태입니다');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('with Save-Data on, saves only the pages visited', async () => {
    const url = inject('site').url;
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    expect(await page.evaluate(() => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData)).toBe(true);
    await page.goto(new URL('ja/', url).href);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    await page.goto(new URL('ja/productions/mamono/', url).href);
    const saved = await page.evaluate(async () => {
      const pages = (await caches.keys()).find((name) => name.endsWith('-pages'));
      return pages ? (await (await caches.open(pages)).keys()).map((request) => new URL(request.url).pathname) : [];
    });
    expect(saved).toEqual(['/ja/productions/mamono/']);
    expect(await page.locator('html').getAttribute('data-offline-saved')).toBeNull();
    await context.close();
  });
});
