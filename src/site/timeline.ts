import { getLocalizedTitle, sortByDate, type Catalog, type Entry } from '../catalog/entries';
import { getPeriod } from '../schemas/partial-date';
import { getEntryKey, type EntryKey } from '../catalog/graph';
import { DEFAULT_LOCALE, getMessages, type Locale } from '../i18n';
import { getFormatter } from '../i18n/format';
import { getEntryHref, getMarketHref } from './routes';
import { getTextUnits } from './text-width';

/** One dated thing on the timeline: a production's premiere in a market, or a musical's staging there. */
export interface TimelineEvent {
  key: EntryKey;
  collection: 'productions' | 'musicals';
  title: string;
  /** The title's language: an English title in another edition is marked as such. */
  lang: string;
  href: string;
  /** ISO 3166-1 code of the market (lane) it belongs to. */
  market: string;
  kind: 'premiere' | 'season' | 'staging';
  /** What happened, in words that read mid-sentence: "premiere", "season 2", "staging at Broadway, New York". */
  what: string;
  /** When, in words: "18 April 2025", "about 2023–2025". */
  when: string;
  /** The partial date it sorts by (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  /** Start and end as fractional years; equal for a single day. */
  start: number;
  end: number;
  /** A run (staging) rather than a single date. */
  isRange: boolean;
  /** The source gives the dates only roughly. */
  approximate: boolean;
}

const toTitle = ({ text, lang }: { text: string; lang: string }) => ({ title: text, lang });

/** A production or musical the timeline cannot place, and why. */
export interface UndatedEntry {
  entry: Entry;
  reason: string;
}

function pointEvent(
  entry: Entry<'productions'>,
  market: string,
  date: string,
  kind: 'premiere' | 'season',
  what: string,
  locale: Locale,
): TimelineEvent {
  const period = getPeriod(date);
  // A date known to the month or year sits in the middle of that period: the best single guess.
  const middle = (period.start + period.end) / 2;
  return {
    key: getEntryKey('productions', entry.id),
    collection: 'productions',
    ...toTitle(getLocalizedTitle(entry, locale)),
    href: getEntryHref('productions', entry.id, locale),
    market,
    kind,
    what,
    when: getFormatter(locale).date(date),
    date,
    start: middle,
    end: middle,
    isRange: false,
    approximate: false,
  };
}

/**
 * Every dated premiere and staging, one event per market: a production premieres in each
 * market it was made for (later seasons too); a musical's stagings sit in their countries.
 * Only what was released (or opened) is drawn. Productions and musicals with nothing to place
 * come back as `undated`, with the reason (an announced project's is its status).
 */
export function getTimelineEvents(catalog: Catalog, locale: Locale = DEFAULT_LOCALE): { events: TimelineEvent[]; undated: UndatedEntry[] } {
  const t = getMessages(locale);
  const format = getFormatter(locale);
  const events: TimelineEvent[] = [];
  const undated: UndatedEntry[] = [];
  for (const entry of sortByDate([...catalog.byCollection.productions, ...catalog.byCollection.musicals])) {
    const before = events.length;
    if (entry.collection === 'productions') {
      const { premiere, seasons, markets, status } = entry.data;
      // A planned date is not a premiere: announced projects are listed, not drawn.
      if (status !== 'released') {
        undated.push({ entry, reason: t.timeline.notReleased(t.values.statuses[status]) });
        continue;
      }
      for (const market of markets) {
        if (premiere !== undefined) events.push(pointEvent(entry, market, premiere, 'premiere', t.timeline.premiere, locale));
        for (const season of seasons) {
          // Season 1 usually is the premiere; draw it only when it says something new.
          if (season.premiere === premiere) continue;
          events.push(pointEvent(entry, market, season.premiere, 'season', t.timeline.season(season.number), locale));
        }
      }
      if (events.length === before) undated.push({ entry, reason: t.timeline.noPremiere });
    } else if (entry.collection === 'musicals') {
      for (const staging of entry.data.stagings) {
        if (staging.status !== 'released') continue;
        const from = staging.from ?? staging.to;
        if (from === undefined) continue;
        const to = staging.to ?? from;
        const dates = [staging.from, staging.to].filter((d): d is string => d !== undefined).map(format.date);
        const period = [...new Set(dates)].join('–');
        events.push({
          key: getEntryKey('musicals', entry.id),
          collection: 'musicals',
          ...toTitle(getLocalizedTitle(entry, locale)),
          href: getEntryHref('musicals', entry.id, locale),
          market: staging.country,
          kind: 'staging',
          what: t.timeline.staging([staging.venue, staging.city].filter(Boolean).join(', ')),
          when: staging.approximate ? t.timeline.about(period) : period,
          date: from,
          start: getPeriod(from).start,
          end: getPeriod(to).end,
          isRange: true,
          approximate: staging.approximate,
        });
      }
      if (events.length === before) {
        undated.push({
          entry,
          reason: entry.data.stagings.length ? t.timeline.noStagingDates : t.timeline.noStaging,
        });
      }
    }
  }
  return { events, undated };
}

/** Sizes of the drawing, in SVG user units (CSS pixels at 100%). */
export interface TimelineOptions {
  width: number;
  /** Room on the left for the lane labels. */
  laneLabelWidth: number;
  rowHeight: number;
  lanePadding: number;
  axisHeight: number;
  /** Estimated width of one character of a mark's label. */
  charWidth: number;
  /** Space kept between two marks in one row. */
  gap: number;
  markRadius: number;
}

export const DEFAULT_TIMELINE_OPTIONS: TimelineOptions = {
  width: 720,
  laneLabelWidth: 130,
  rowHeight: 26,
  lanePadding: 8,
  axisHeight: 28,
  charWidth: 7,
  gap: 12,
  markRadius: 6,
};

/** A mark placed on the drawing: the event, its shape and where its label goes. */
export interface TimelineMark {
  event: TimelineEvent;
  /** Left edge of the shape (its centre for a point). */
  x: number;
  /** Width of the shape; 0 for a point. */
  width: number;
  /** Vertical centre of the mark's row. */
  y: number;
  /** The label: after the mark, before it, or inside a run's bar when neither side has room. */
  label: { text: string; x: number; anchor: 'start' | 'end'; inside: boolean };
  /** The link's accessible name: what, when, where. */
  description: string;
}

/** A horizontal lane: one market and its marks. */
export interface TimelineLane {
  market: string;
  label: string;
  href: string;
  y: number;
  height: number;
  marks: TimelineMark[];
}

/** The whole drawing as plain data, ready for an SVG template. */
export interface TimelineLayout {
  width: number;
  height: number;
  /** The lanes' box: `top` below the upper year axis, `bottom` above the lower one. */
  plot: { left: number; right: number; top: number; bottom: number };
  /**
   * One band per calendar year on the axes: where it starts, how wide it is, and whether it is
   * labelled (every year while the labels fit side by side, else every 2nd, 5th or 10th).
   */
  years: { year: number; x: number; width: number; labelled: boolean }[];
  lanes: TimelineLane[];
}

/** Where a mark's label goes: after the mark if it fits, else before it, else inside a run's bar. */
function placeLabel(
  textWidth: number,
  x: number,
  shapeWidth: number,
  bounds: { left: number; right: number; markRadius: number },
): { x: number; anchor: 'start' | 'end'; inside: boolean; from: number; to: number } {
  const pad = bounds.markRadius + 4;
  const after = x + shapeWidth + pad;
  if (after + textWidth <= bounds.right) return { x: after, anchor: 'start', inside: false, from: after, to: after + textWidth };
  const before = x - pad;
  if (before - textWidth >= bounds.left) return { x: before, anchor: 'end', inside: false, from: before - textWidth, to: before };
  return { x: x + pad, anchor: 'start', inside: true, from: x, to: x + pad + textWidth };
}

/**
 * Lays the events out: one lane per market (most events first), a shared year axis, and inside
 * each lane as many rows as it takes for no two marks or labels to overlap.
 */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  locale: Locale = DEFAULT_LOCALE,
  options: TimelineOptions = DEFAULT_TIMELINE_OPTIONS,
): TimelineLayout {
  const { country } = getFormatter(locale);
  const { width, laneLabelWidth, rowHeight, lanePadding, axisHeight, charWidth, gap, markRadius } = options;
  const plot = { left: laneLabelWidth, right: width - markRadius - 4, top: 0, bottom: 0 };
  if (events.length === 0) return { width, height: axisHeight, plot, years: [], lanes: [] };

  const first = Math.floor(Math.min(...events.map((event) => event.start)));
  const last = Math.ceil(Math.max(...events.map((event) => event.end)));
  const span = Math.max(1, last - first);
  const toX = (year: number) => plot.left + markRadius + ((year - first) / span) * (plot.right - plot.left - markRadius);

  const byMarket = new Map<string, TimelineEvent[]>();
  for (const event of events) byMarket.set(event.market, [...(byMarket.get(event.market) ?? []), event]);
  const markets = [...byMarket].sort(([a, x], [b, y]) => y.length - x.length || country(a).localeCompare(country(b)));

  const lanes: TimelineLane[] = [];
  // The year axis is drawn above the lanes as well as below: at 6,000 px tall, a reader at the top must see the years too.
  plot.top = axisHeight;
  let top = plot.top;
  for (const [market, laneEvents] of markets) {
    const rows: number[] = []; // right end of what each row holds so far
    const placed = [...laneEvents]
      .sort((a, b) => a.start - b.start || a.title.localeCompare(b.title))
      .map((event) => {
        const x = toX(event.start);
        const shapeWidth = event.isRange ? Math.max(toX(event.end) - x, markRadius * 2) : 0;
        const text = event.kind === 'season' ? `${event.title} (${event.what})` : event.title;
        const label = placeLabel(getTextUnits(text) * charWidth, x, shapeWidth, { left: plot.left, right: width, markRadius });
        const from = Math.min(x - (event.isRange ? 0 : markRadius), label.from);
        const to = Math.max(x + shapeWidth + markRadius, label.to);
        let row = rows.findIndex((end) => end + gap <= from);
        if (row === -1) row = rows.push(to) - 1;
        else rows[row] = to;
        return { event, x, width: shapeWidth, row, label: { text, x: label.x, anchor: label.anchor, inside: label.inside } };
      });
    const height = rows.length * rowHeight + lanePadding * 2;
    lanes.push({
      market,
      label: country(market),
      href: getMarketHref(market, locale),
      y: top,
      height,
      marks: placed.map(({ row, ...mark }) => ({
        ...mark,
        y: top + lanePadding + row * rowHeight + rowHeight / 2,
        description: `${mark.event.title}: ${mark.event.what}, ${country(market)}, ${mark.event.when}`,
      })),
    });
    top += height;
  }
  plot.bottom = top;
  // A year's label is four digits: label every `step`-th year, on round years, so labels never touch.
  const yearWidth = toX(first + 1) - toX(first);
  const step = [1, 2, 5, 10, 20, 50].find((every) => every * yearWidth >= 4 * charWidth + gap) ?? 100;
  const years = Array.from({ length: span }, (_, index) => {
    const x = toX(first + index);
    return { year: first + index, x, width: toX(first + index + 1) - x, labelled: (first + index) % step === 0 };
  });
  return { width, height: top + axisHeight, plot, years, lanes };
}
