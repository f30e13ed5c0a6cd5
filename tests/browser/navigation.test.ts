import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, WITHOUT_SERVICE_WORKER } from '../helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('reading the site in Chromium', () => {
  it('goes from the home page by the sidebar to a studio, then to one of its productions', async () => {
    const page = await browser.newPage(WITHOUT_SERVICE_WORKER);
    await page.goto(inject('site').url);
    await expect(page.title()).resolves.toBe('Hallyu Abroad');

    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Studios and platforms' }).click();
    await page.waitForURL(/\/studios\/$/);
    await page.getByRole('link', { name: 'Studio Dragon', exact: true }).click();
    await page.waitForURL(/\/studios\/studio-dragon\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Studio Dragon');

    await page.getByRole('region', { name: 'Related' }).getByRole('link', { name: 'Hatsukoi DOGs' }).click();
    await page.waitForURL(/\/productions\/hatsukoi-dogs\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hatsukoi DOGs');
    // The production links back to the studio it came from.
    await expect(page.getByRole('link', { name: 'Studio Dragon' }).count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('works with the keyboard: the skip link moves focus to the content', async () => {
    const page = await browser.newPage(WITHOUT_SERVICE_WORKER);
    await page.goto(new URL('productions/mamono/', inject('site').url).href);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await page.close();
  });

  it('switches language on an entry page and stays on the entry, in the edition, with the interface in its language', async () => {
    const page = await browser.newPage(WITHOUT_SERVICE_WORKER);
    await page.goto(new URL('productions/mamono/', inject('site').url).href);
    await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: '한국어' }).click();
    await page.waitForURL(/\/ko\/productions\/mamono\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('마물');
    await page.getByRole('navigation', { name: '언어 선택' }).getByRole('link', { name: '日本語' }).click();
    await page.waitForURL(/\/ja\/productions\/mamono\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('魔物');
    // Links stay in the edition: the sidebar, and the entries the page links.
    await page.getByRole('navigation', { name: 'サイト' }).getByRole('link', { name: '作品' }).click();
    await page.waitForURL(/\/ja\/productions\/$/);
    // The search box answers in Japanese, with Japanese names first, and leads inside the edition.
    await page.keyboard.press('/');
    await page.locator('#site-search').fill('魔物');
    const option = page.getByRole('listbox', { name: '検索結果' }).getByRole('option').first();
    await option.waitFor();
    expect(await option.locator('.search-result-title').textContent()).toBe('魔物');
    expect(await option.locator('.search-result-meta').textContent()).toBe('作品 · 2025 · 日本');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ja\/productions\/mamono\/$/);
    await page.close();
  });

  it('follows a bar of the trends page to the productions it counts, and back to all of them', async () => {
    const page = await browser.newPage(WITHOUT_SERVICE_WORKER);
    await page.goto(inject('site').url);
    await page.getByRole('link', { name: 'Trends' }).first().click();
    await page.waitForURL(/\/trends\/$/);
    const bar = page.locator('#by-market-chart-caption + .chart-scroll a.bar').first();
    // "United States, 2017: 1 released production": the count the list must show.
    const counted = Number(/: (\d+) released/.exec((await bar.getAttribute('aria-label'))!)![1]);
    await bar.click();
    await page.waitForURL(/\/productions\/\?status=released&market=[a-z]{2}&year=\d{4}$/);
    const rows = page.locator('tbody tr');
    const total = await rows.count();
    await expect(page.locator('tbody tr:visible').count()).resolves.toBe(counted);
    expect(await page.locator('.filtered-note').textContent()).toContain(`Showing ${counted} of ${total}`);
    for (const status of await page.locator('tbody tr:visible td:nth-child(3)').allTextContents()) expect(status).toBe('released');
    await page.getByRole('link', { name: 'Show all' }).click();
    await page.waitForURL(/\/productions\/$/);
    await expect(page.locator('tbody tr:visible').count()).resolves.toBe(total);
    await page.close();
  });

  it('keeps the theme choice and fits a 360 px screen', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, colorScheme: 'light' });
    await page.goto(inject('site').url);
    await page.getByLabel('Colour theme').selectOption('dark');
    await page.goto(new URL('studios/', inject('site').url).href);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The sidebar hides behind the menu button on small screens.
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
