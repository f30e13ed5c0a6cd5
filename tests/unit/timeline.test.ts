import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/catalog/entries';
import { getPeriod } from '../../src/schemas/partial-date';
import { DEFAULT_TIMELINE_OPTIONS, getTimelineEvents, layoutTimeline, type TimelineEvent } from '../../src/site/timeline';
import { getTextUnits } from '../../src/site/text-width';
import { readCatalogEntries } from '../helpers/seed-catalog';

const catalog = createCatalog(readCatalogEntries());

function event(title: string, start: number, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    key: `productions/${title.toLowerCase().replace(/\W+/g, '-')}`,
    collection: 'productions',
    title,
    lang: 'en',
    href: '/x/',
    market: 'JP',
    kind: 'premiere',
    what: 'premiere',
    when: String(Math.floor(start)),
    date: String(Math.floor(start)),
    start,
    end: start,
    isRange: false,
    approximate: false,
    ...extra,
  };
}

/** The horizontal extent a mark and its label take up, as the layout estimates text. */
function extent(mark: ReturnType<typeof layoutTimeline>['lanes'][number]['marks'][number]) {
  const text = getTextUnits(mark.label.text) * DEFAULT_TIMELINE_OPTIONS.charWidth;
  const shape = [
    mark.x - (mark.width ? 0 : DEFAULT_TIMELINE_OPTIONS.markRadius),
    mark.x + mark.width + DEFAULT_TIMELINE_OPTIONS.markRadius,
  ];
  const label = mark.label.anchor === 'start' ? [mark.label.x, mark.label.x + text] : [mark.label.x - text, mark.label.x];
  return [Math.min(shape[0]!, label[0]!), Math.max(shape[1]!, label[1]!)] as const;
}

describe('the timeline data', () => {
  it('reads a partial date as the period it names', () => {
    expect(getPeriod('2025')).toEqual({ start: 2025, end: 2026 });
    const june = getPeriod('2025-06');
    expect(june.start).toBeCloseTo(2025 + 151 / 365, 6);
    expect(june.end).toBeCloseTo(2025 + 181 / 365, 6);
    expect(getPeriod('2024-12-31').start).toBeCloseTo(2024 + 365 / 366, 6);
  });

  it('puts each premiere in its market and each staging in its country, approximate runs marked', () => {
    const { events, undated } = getTimelineEvents(catalog);
    const mamono = events.filter((e) => e.key === 'productions/mamono');
    expect(mamono).toHaveLength(1);
    expect(mamono[0]).toMatchObject({ market: 'JP', when: '18 April 2025', isRange: false });

    const gatsby = events.filter((e) => e.key === 'musicals/the-great-gatsby');
    expect(gatsby.map((e) => e.market).sort()).toEqual(['GB', 'US']);
    for (const staging of gatsby) {
      expect(staging).toMatchObject({ isRange: true, approximate: true, when: 'about 2023–2025', start: 2023, end: 2026 });
    }
    // A later season is a premiere of its own.
    expect(events.filter((e) => e.key === 'productions/the-big-door-prize').map((e) => e.what)).toEqual(['premiere', 'season 2']);
    // Announced projects are listed, not drawn; a musical with no staging abroad cannot be placed. Each says why.
    expect(undated.map((u) => `${u.entry.collection}/${u.entry.id}: ${u.reason}`)).toEqual([
      'productions/soul-mate: announced, not reported as released',
      'productions/hatsukoi-dogs: announced, not reported as released',
      'productions/marry-my-husband-japan: announced, not reported as released',
      'musicals/the-last-empress: no staging abroad with a known place and date',
    ]);
  });
});

describe('the timeline in another edition', () => {
  it("names marks and lanes in the edition's language, and measures Japanese labels at their width", () => {
    const layout = layoutTimeline(getTimelineEvents(catalog, 'ja').events, 'ja');
    const japan = layout.lanes.find((lane) => lane.market === 'JP')!;
    expect(japan).toMatchObject({ label: '日本', href: '/ja/markets/jp/' });
    const mamono = japan.marks.find((mark) => mark.event.key === 'productions/mamono')!;
    expect(mamono.event).toMatchObject({ title: '魔物', lang: 'ja', when: '2025年4月18日', href: '/ja/productions/mamono/' });
    expect(mamono.description).toBe('魔物: 初公開, 日本, 2025年4月18日');
    const english = getTimelineEvents(catalog, 'ja').events.find((event) => event.key === 'productions/the-big-door-prize')!;
    expect(english.lang).toBe('en');
    for (const lane of layout.lanes) {
      const marks = lane.marks.map((mark) => ({ y: mark.y, extent: extent(mark) }));
      for (const [i, a] of marks.entries()) {
        for (const b of marks.slice(i + 1)) {
          if (a.y === b.y) expect(a.extent[1] <= b.extent[0] || b.extent[1] <= a.extent[0], `${lane.market}: overlap`).toBe(true);
        }
      }
    }
  });
});

describe('the timeline layout', () => {
  const layout = layoutTimeline(getTimelineEvents(catalog).events);

  it('keeps room for the year axis above the lanes and below them', () => {
    expect(layout.plot.top).toBe(DEFAULT_TIMELINE_OPTIONS.axisHeight);
    expect(layout.plot.bottom).toBe(layout.lanes.at(-1)!.y + layout.lanes.at(-1)!.height);
    expect(layout.height).toBe(layout.plot.bottom + DEFAULT_TIMELINE_OPTIONS.axisHeight);
  });

  it('draws one lane per market, the busiest first, stacked without gaps or overlaps', () => {
    expect(layout.lanes.map((lane) => lane.market)).toEqual(['US', 'JP', 'KR', 'GB']); // ties A-Z: Japan, South Korea, United Kingdom
    layout.lanes.forEach((lane, index) => {
      expect(lane.y).toBe(index === 0 ? layout.plot.top : layout.lanes[index - 1]!.y + layout.lanes[index - 1]!.height);
      for (const mark of lane.marks) {
        expect(mark.y).toBeGreaterThan(lane.y);
        expect(mark.y).toBeLessThan(lane.y + lane.height);
      }
    });
    expect(layout.lanes.map((lane) => lane.href)).toContain('/markets/jp/');
  });

  it('keeps every mark and label inside the drawing and apart from the others in its row', () => {
    for (const lane of layout.lanes) {
      const marks = lane.marks.map((mark) => ({ y: mark.y, extent: extent(mark) }));
      for (const {
        extent: [from, to],
      } of marks) {
        expect(from).toBeGreaterThanOrEqual(DEFAULT_TIMELINE_OPTIONS.laneLabelWidth - DEFAULT_TIMELINE_OPTIONS.markRadius);
        expect(to).toBeLessThanOrEqual(layout.width + 0.001);
      }
      for (const [i, a] of marks.entries()) {
        for (const b of marks.slice(i + 1)) {
          if (a.y === b.y) expect(a.extent[1] <= b.extent[0] || b.extent[1] <= a.extent[0], `${lane.market}: overlap`).toBe(true);
        }
      }
    }
  });

  it('spans whole years on the axis and places marks in time order', () => {
    expect(layout.years.map((year) => year.year)).toEqual([2023, 2024, 2025]);
    const japan = layout.lanes.find((lane) => lane.market === 'JP')!.marks;
    const byDate = [...japan].sort((a, b) => a.event.start - b.event.start);
    expect(byDate.map((mark) => mark.x)).toEqual([...byDate.map((mark) => mark.x)].sort((a, b) => a - b));
    expect(japan.find((mark) => mark.event.key === 'productions/mamono')!.description).toBe('Mamono: premiere, Japan, 18 April 2025');
  });

  it('labels every year while the labels fit, and round years only when the axis is long', () => {
    expect(layout.years.every((year) => year.labelled)).toBe(true);
    const long = layoutTimeline([event('Old', 1997.6), event('New', 2025.4)]);
    const labelled = long.years.filter((year) => year.labelled);
    expect(labelled.length).toBeLessThan(long.years.length);
    expect(labelled.every((year) => year.year % 5 === 0 || year.year % 2 === 0)).toBe(true);
    const width = 4 * DEFAULT_TIMELINE_OPTIONS.charWidth;
    for (const [a, b] of labelled.slice(1).map((year, index) => [labelled[index]!, year] as const)) {
      expect(b.x + b.width / 2 - (a.x + a.width / 2)).toBeGreaterThanOrEqual(width);
    }
  });

  it('opens new rows when marks crowd one date, and labels a run inside its bar when neither side has room', () => {
    const crowded = layoutTimeline([
      event('Alpha', 2020.5),
      event('Bravo', 2020.5),
      event('Charlie', 2020.5),
      event('A run that fills the whole axis', 2020, { isRange: true, end: 2022, kind: 'staging', market: 'US' }),
    ]);
    const japan = crowded.lanes.find((lane) => lane.market === 'JP')!;
    expect(new Set(japan.marks.map((mark) => mark.y)).size).toBe(3);
    const run = crowded.lanes.find((lane) => lane.market === 'US')!.marks[0]!;
    expect(run.label.inside).toBe(true);
    expect(run.width).toBeGreaterThan(400);
  });
});
