import type { SearchMatch, SearchResult } from './search-engine';
import type { SearchMessages } from './search-messages';

/** Fills a message template's `{name}` slots. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** "1 result", "12 results", in the edition's words and plural rules. */
export function countResults(count: number, messages: SearchMessages): string {
  const category = new Intl.PluralRules(messages.locale).select(count);
  return fill(messages.count[category] ?? messages.count.other, { count: count.toLocaleString(messages.locale) });
}

/** A piece of a name, highlighted when the query matched it. */
export interface HighlightPart {
  text: string;
  highlight: boolean;
}

/** What a search result shows: plain strings only, for the page to put in text nodes. */
export interface ResultView {
  href: string;
  title: HighlightPart[];
  /** Kind, year and markets: "production · 2025 · Japan". */
  meta: string;
  /** The other name that matched, when the title did not match as well as it. */
  detail?: { label: string; parts: HighlightPart[]; lang?: string };
}

/** Splits text into highlighted and plain parts, by [start, end) ranges; ranges out of bounds are clipped. */
export function getHighlightParts(text: string, ranges: readonly (readonly [number, number])[]): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(at, Math.min(start, text.length));
    const to = Math.max(from, Math.min(end, text.length));
    if (from > at) parts.push({ text: text.slice(at, from), highlight: false });
    if (to > from) parts.push({ text: text.slice(from, to), highlight: true });
    at = to;
  }
  if (at < text.length) parts.push({ text: text.slice(at), highlight: false });
  return parts;
}

const getCoverage = (match: SearchMatch) => match.ranges.reduce((sum, [start, end]) => sum + end - start, 0);

/** The view of a result: its link (in the edition, with the base path), highlighted title, labels and the other name matched. */
export function getResultView(result: SearchResult, messages: SearchMessages): ResultView {
  const { record, matches } = result;
  const regions = new Intl.DisplayNames(messages.locale, { type: 'region' });
  const labels: Record<Exclude<SearchMatch['field'], 'title'>, string> = {
    originalNames: '',
    aliases: messages.also,
    credits: messages.credited,
  };
  const title = matches.find((match) => match.field === 'title');
  // Another name is shown when it matched more of the query than the title did ("初恋DOGs").
  const other = matches
    .filter((match) => match.field !== 'title')
    .reduce<SearchMatch | undefined>((best, match) => (!best || getCoverage(match) > getCoverage(best) ? match : best), undefined);
  const meta = [messages.kinds[record.kind] ?? record.kind, record.year, record.markets.map((code) => regions.of(code) ?? code).join(', ')]
    .filter(Boolean)
    .join(' · ');
  const view: ResultView = {
    href: `${messages.hrefs.home}${record.kind}/${record.id}/`,
    title: getHighlightParts(record.title, title?.ranges ?? []),
    meta,
  };
  if (other && other.field !== 'title' && getCoverage(other) > (title ? getCoverage(title) : 0)) {
    const lang = other.field === 'originalNames' ? record.originalNames[other.index]?.lang : undefined;
    view.detail = { label: labels[other.field], parts: getHighlightParts(other.text, other.ranges), ...(lang ? { lang } : {}) };
  }
  return view;
}
