import { describe, expect, it } from 'vitest';
import { createCatalog, getEntryYear } from '../../src/catalog/entries';
import { getProductionFilterValues, getTrends, layoutTrendChart, TREND_CHART } from '../../src/site/trends';
import { readCatalogEntries } from '../helpers/seed-catalog';

const catalog = createCatalog(readCatalogEntries());
const released = catalog.byCollection.productions.filter((entry) => entry.data.status === 'released');

describe('the trends', () => {
  const trends = getTrends(catalog);

  it('count released productions by premiere year in every market they were made for, and nothing announced', () => {
    expect(trends.years).toEqual([2023, 2024, 2025]);
    const cells = trends.byMarket.flatMap((row) => row.counts.map((cell) => [row.key, cell.year, cell.count] as const));
    for (const [market, year, count] of cells) {
      const expected = released.filter((entry) => entry.data.markets.includes(market.toUpperCase()) && getEntryYear(entry) === year);
      expect(count, `${market} ${year}`).toBe(expected.length);
    }
    expect(trends.byMarket.find((row) => row.key === 'jp')!.total).toBe(1); // Mamono: the seed's other Japanese series are announced
  });

  it('lead every bar and total to the productions list narrowed to what it counts', () => {
    const japan = trends.byMarket.find((row) => row.key === 'jp')!;
    expect(japan.href).toBe('/productions/?status=released&market=jp');
    expect(japan.counts.find((cell) => cell.year === 2025)!.href).toBe('/productions/?status=released&market=jp&year=2025');
    expect(trends.byModel.map((row) => row.key)).toContain('original-local-production');
    expect(getTrends(catalog, 'ko').byGroup[0]!.href).toMatch(/^\/ko\/productions\/\?status=released&group=/);
  });

  it('list what is announced ahead, by the year planned, each year leading to its list', () => {
    expect(trends.ahead.map((group) => [group.year, group.entries.map((entry) => entry.id)])).toEqual([
      [2025, ['hatsukoi-dogs', 'marry-my-husband-japan', 'soul-mate']],
    ]);
    expect(trends.ahead[0]!.href).toBe('/productions/?status=announced&year=2025');
  });

  it('give every production the values its row is filtered on, matching the links', () => {
    const values = getProductionFilterValues(catalog);
    expect(values.get('mamono')).toMatchObject({ status: 'released', market: 'jp', year: '2025', model: 'original-local-production' });
    expect(values.get('soul-mate')!.status).toBe('announced');
  });

  it('draw bars on one scale, after the longest label, inside the chart, only where there is something to count', () => {
    const layout = layoutTrendChart(trends.byModel, trends.years);
    expect(layout.labelWidth).toBeGreaterThan('Original local production'.length * TREND_CHART.charWidth);
    const bars = layout.rows.flatMap((row) => row.bars);
    expect(bars.length).toBe(trends.byModel.flatMap((row) => row.counts).filter((cell) => cell.count > 0).length);
    for (const bar of bars) {
      expect(bar.x).toBeGreaterThanOrEqual(layout.labelWidth);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.width);
      expect(bar.y).toBeGreaterThan(TREND_CHART.axisHeight);
    }
    const tallest = Math.max(...bars.map((bar) => bar.height));
    for (const bar of bars) expect(bar.height / tallest).toBeCloseTo(bar.count / Math.max(...bars.map((b) => b.count)), 5);
  });
});
