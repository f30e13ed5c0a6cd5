import { getEntryYear, sortByTitle, type Catalog, type Entry } from '../catalog/entries';
import { DEFAULT_LOCALE, type Locale } from '../i18n';
import { getCompanyGroups, getLocalizationModels, getMarkets, type BrowseGroup } from './browse';
import { getCollectionHref } from './routes';
import type { ProductionFilter } from './production-filters';
import { getTextUnits } from './text-width';

/** The productions list narrowed by filters: where every bar and table cell of the trends page leads. */
export function getProductionsHref(filter: ProductionFilter, locale: Locale): string {
  const query = new URLSearchParams(Object.entries(filter).filter((pair): pair is [string, string] => pair[1] !== undefined));
  return `${getCollectionHref('productions', locale)}?${query}`;
}

/** One row of a trend: released productions of one market, model or group, by year. */
export interface TrendRow {
  key: string;
  label: string;
  /** The label's language where it is not the edition's (an English company name). */
  lang?: string;
  /** Released productions in each of the trends' years, in their order. */
  counts: { year: number; count: number; href: string }[];
  total: number;
  href: string;
}

/** The field's shape: released productions per year by market, model and company group, and what is announced. */
export interface Trends {
  /** Every year from the first release to the last, oldest first. */
  years: number[];
  byMarket: TrendRow[];
  byModel: TrendRow[];
  byGroup: TrendRow[];
  /** Announced projects, by the year planned (undefined: no date given). */
  ahead: { year: number | undefined; entries: Entry[]; href: string }[];
}

const isReleasedProduction = (entry: Entry) => entry.collection === 'productions' && entry.data.status === 'released';

/** The catalog's trends in an edition, read from the same groups the browse pages list. */
export function getTrends(catalog: Catalog, locale: Locale = DEFAULT_LOCALE): Trends {
  const released = catalog.entries.filter(isReleasedProduction);
  const dated = released.map(getEntryYear).filter((year): year is number => year !== undefined);
  const first = Math.min(...dated);
  const years = dated.length ? Array.from({ length: Math.max(...dated) - first + 1 }, (_, index) => first + index) : [];
  const rows = (groups: readonly BrowseGroup[], dimension: 'market' | 'model' | 'group'): TrendRow[] =>
    groups
      .map((group) => {
        const entries = group.entries.filter(isReleasedProduction);
        const key = dimension === 'market' ? group.key.toLowerCase() : group.key;
        return {
          key,
          label: group.label,
          ...(group.lang ? { lang: group.lang } : {}),
          counts: years.map((year) => ({
            year,
            count: entries.filter((entry) => getEntryYear(entry) === year).length,
            href: getProductionsHref({ status: 'released', [dimension]: key, year: String(year) }, locale),
          })),
          total: entries.length,
          href: getProductionsHref({ status: 'released', [dimension]: key }, locale),
        };
      })
      .filter((row) => row.total > 0)
      .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  const planned = catalog.entries.filter((entry) => entry.collection === 'productions' && entry.data.status === 'announced');
  const aheadYears = [...new Set(planned.map(getEntryYear))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return {
    years,
    byMarket: rows(getMarkets(catalog, locale), 'market'),
    byModel: rows(getLocalizationModels(catalog, locale), 'model'),
    byGroup: rows(getCompanyGroups(catalog, locale), 'group'),
    ahead: aheadYears.map((year) => ({
      year,
      entries: sortByTitle(
        planned.filter((entry) => getEntryYear(entry) === year),
        locale,
      ),
      href: getProductionsHref({ status: 'announced', ...(year === undefined ? {} : { year: String(year) }) }, locale),
    })),
  };
}

/** What the productions list filters on, per production: written on its row for the filter script. */
export function getProductionFilterValues(catalog: Catalog, locale: Locale = DEFAULT_LOCALE): Map<string, Required<ProductionFilter>> {
  const groups = new Map<string, string[]>();
  for (const group of getCompanyGroups(catalog, locale)) {
    for (const entry of group.entries)
      if (entry.collection === 'productions') groups.set(entry.id, [...(groups.get(entry.id) ?? []), group.key]);
  }
  return new Map(
    catalog.byCollection.productions.map((entry) => [
      entry.id,
      {
        status: entry.data.status,
        market: entry.data.markets.map((code) => code.toLowerCase()).join(' '),
        model: entry.data.localization,
        group: (groups.get(entry.id) ?? []).join(' '),
        year: String(getEntryYear(entry) ?? ''),
      },
    ]),
  );
}

/** Sizes of a trend chart, in SVG user units. */
export const TREND_CHART = {
  minLabelWidth: 120,
  charWidth: 7.5,
  yearWidth: 40,
  rowHeight: 44,
  axisHeight: 22,
  barGap: 8,
  padding: 12,
} as const;

/** A trend chart as plain data for its SVG: one row of bars per market, model or group, one bar per year. */
export interface TrendChartLayout {
  width: number;
  /** Where the bars start, after the row labels. */
  labelWidth: number;
  height: number;
  /** Year labels of the axis above the rows, every second year where they would crowd. */
  years: { year: number; x: number; labelled: boolean }[];
  rows: {
    label: string;
    lang?: string;
    href: string;
    y: number;
    bars: { x: number; y: number; width: number; height: number; href: string; year: number; count: number }[];
  }[];
}

/** Lays out a trend chart: bar heights on one scale across its rows, so rows compare. */
export function layoutTrendChart(rows: readonly TrendRow[], years: readonly number[]): TrendChartLayout {
  const { minLabelWidth, charWidth, yearWidth, rowHeight, axisHeight, barGap, padding } = TREND_CHART;
  // Room for the longest row label (in Latin-letter widths: Hangul and kana count double), then the bars.
  const labelWidth = Math.max(minLabelWidth, Math.ceil(Math.max(0, ...rows.map((row) => getTextUnits(row.label))) * charWidth) + padding);
  const most = Math.max(1, ...rows.flatMap((row) => row.counts.map((cell) => cell.count)));
  // Room above the tallest bar for its count.
  const barRoom = rowHeight - 20;
  return {
    labelWidth,
    width: labelWidth + years.length * yearWidth + padding,
    height: axisHeight + rows.length * rowHeight,
    // Two-digit room per year: label every year while four digits fit, else every other.
    years: years.map((year, index) => ({
      year,
      x: labelWidth + index * yearWidth + yearWidth / 2,
      labelled: yearWidth >= 30 || index % 2 === 0,
    })),
    rows: rows.map((row, index) => {
      const base = axisHeight + (index + 1) * rowHeight - 4;
      return {
        label: row.label,
        ...(row.lang ? { lang: row.lang } : {}),
        href: row.href,
        y: axisHeight + index * rowHeight + rowHeight / 2,
        bars: row.counts
          .map((cell, column) => ({ cell, column }))
          .filter(({ cell }) => cell.count > 0)
          .map(({ cell, column }) => {
            const height = Math.max(3, (cell.count / most) * barRoom);
            return {
              x: labelWidth + column * yearWidth + barGap / 2,
              y: base - height,
              width: yearWidth - barGap,
              height,
              href: cell.href,
              year: cell.year,
              count: cell.count,
            };
          }),
      };
    }),
  };
}
