import type { CollectionName } from '../schemas';
import { getCountryName } from '../site/format';
import { withBase } from '../site/routes';
import type { SearchMatch, SearchResult } from './search-engine';

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

const DETAIL_LABELS: Record<Exclude<SearchMatch['field'], 'title'>, string> = {
  originalNames: '',
  aliases: 'also',
  credits: 'related',
};

const getCoverage = (match: SearchMatch) => match.ranges.reduce((sum, [start, end]) => sum + end - start, 0);

/** The view of a result: its link (with the base path), highlighted title, labels and the other name matched. */
export function getResultView(result: SearchResult, kindLabels: Partial<Record<CollectionName, string>>): ResultView {
  const { record, matches } = result;
  const title = matches.find((match) => match.field === 'title');
  // Another name is shown when it matched more of the query than the title did ("初恋DOGs").
  const other = matches
    .filter((match) => match.field !== 'title')
    .reduce<SearchMatch | undefined>((best, match) => (!best || getCoverage(match) > getCoverage(best) ? match : best), undefined);
  const meta = [kindLabels[record.kind] ?? record.kind, record.year, record.markets.map(getCountryName).join(', ')]
    .filter(Boolean)
    .join(' · ');
  const view: ResultView = { href: withBase(record.url), title: getHighlightParts(record.title, title?.ranges ?? []), meta };
  if (other && other.field !== 'title' && getCoverage(other) > (title ? getCoverage(title) : 0)) {
    const lang = other.field === 'originalNames' ? record.originalNames[other.index]?.lang : undefined;
    view.detail = { label: DETAIL_LABELS[other.field], parts: getHighlightParts(other.text, other.ranges), ...(lang ? { lang } : {}) };
  }
  return view;
}
