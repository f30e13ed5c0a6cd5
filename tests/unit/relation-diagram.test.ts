import { describe, expect, it } from 'vitest';
import { createCatalog, type Entry } from '../../src/catalog/entries';
import { createStudioDiagram, fitLabel, getDiagramCaption, wrapLabel, type DiagramNode } from '../../src/site/relation-diagram';
import { getTextUnits } from '../../src/site/text-width';
import { readCatalogEntries } from '../helpers/seed-catalog';

const entries = readCatalogEntries();
const catalog = createCatalog(entries);
const studio = (id: string) => catalog.get(`studios/${id}`) as Entry<'studios'>;

/** First and last point of an SVG path made of M, H, V and C commands. */
function endpoints(path: string): [number, number, number, number] {
  let x = NaN;
  let y = NaN;
  let start: [number, number] | undefined;
  for (const [, command, args] of path.matchAll(/([MHVC])([^MHVC]*)/g)) {
    const n = args!
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (command === 'H') x = n[0]!;
    else if (command === 'V') y = n[0]!;
    else [x, y] = [n.at(-2)!, n.at(-1)!];
    start ??= [x, y];
  }
  return [...start!, x, y];
}

function keysOf(nodes: readonly DiagramNode[], kind: DiagramNode['kind']) {
  return nodes.filter((node) => node.kind === kind).map((node) => node.key);
}

describe('a studio relation diagram', () => {
  const diagram = createStudioDiagram(catalog, studio('studio-dragon'))!;

  it('shows the studio, its subsidiary, the works it is credited on and the partners credited beside it', () => {
    expect(keysOf(diagram.nodes, 'subject')).toEqual(['studios/studio-dragon']);
    expect(keysOf(diagram.nodes, 'subsidiary')).toEqual(['studios/gtist']);
    expect(keysOf(diagram.nodes, 'work').sort()).toEqual([
      'productions/hatsukoi-dogs',
      'productions/marry-my-husband-japan',
      'productions/the-big-door-prize',
    ]);
    expect(keysOf(diagram.nodes, 'partner')).toEqual(
      expect.arrayContaining(['studios/tbs', 'studios/skydance', 'studios/apple-tv-plus', 'studios/shochiku']),
    );
    expect(keysOf(diagram.nodes, 'partner')).not.toContain('studios/studio-dragon');
  });

  it('links every node to its page and says the relation in its accessible name', () => {
    for (const node of diagram.nodes) expect(node.href).toBe(`/${node.key}/`);
    const tbs = diagram.nodes.find((node) => node.key === 'studios/tbs')!;
    expect(tbs.description).toBe(
      'TBS, co-producer, broadcaster: credited beside Studio Dragon on Hatsukoi DOGs (co-producer, broadcaster)',
    );
    const work = diagram.nodes.find((node) => node.key === 'productions/marry-my-husband-japan')!;
    expect(work.detail).toBe('2025 · producer, planning');
    // A long title wraps instead of being cut, and the name starts with what the box shows.
    expect(work.lines).toEqual(['Marry My Husband', '(Japanese series)']);
    expect(work.description).toBe(
      'Marry My Husband (Japanese series), 2025 · producer, planning: a production with Studio Dragon as producer, planning',
    );
    for (const node of diagram.nodes)
      expect(node.description.startsWith(`${node.lines.join(' ')}, ${node.detail.replace(/…$/, '')}`), node.key).toBe(true);
  });

  it('lays boxes out without overlaps, and every line starts and ends on a box edge', () => {
    for (const [i, a] of diagram.nodes.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(diagram.width);
      expect(a.y + a.height).toBeLessThanOrEqual(diagram.height);
      for (const b of diagram.nodes.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.key} overlaps ${b.key}`).toBe(true);
      }
    }
    const byKey = new Map(diagram.nodes.map((node) => [node.key, node]));
    for (const edge of diagram.edges) {
      const [startX, startY, endX, endY] = endpoints(edge.path);
      const touches = (x: number, y: number) =>
        [byKey.get(edge.from)!, byKey.get(edge.to)!].some((n) => (x === n.x || x === n.x + n.width) && y === n.y + n.height / 2);
      expect(touches(startX, startY), edge.path).toBe(true);
      expect(touches(endX, endY), edge.path).toBe(true);
    }
    // One line per credit to the studio and per partner credit, plus the subsidiary's.
    expect(diagram.edges.filter((edge) => edge.kind === 'credit')).toHaveLength(3);
    expect(diagram.edges.filter((edge) => edge.kind === 'parent')).toHaveLength(1);
  });

  it('orders partners level with the works they share, so lines cross little', () => {
    const workY = new Map(diagram.nodes.filter((n) => n.kind === 'work').map((n) => [n.key, n.y]));
    const partnerOrder = diagram.nodes.filter((n) => n.kind === 'partner').map((n) => n.key);
    const firstWork = [...workY].sort((a, b) => a[1] - b[1])[0]![0];
    const onFirst = diagram.edges.filter((e) => e.kind === 'partner' && e.from === firstWork).map((e) => e.to);
    expect(partnerOrder.slice(0, onFirst.length).sort()).toEqual([...onFirst].sort());
  });

  it('draws a subsidiary with its parent, and nothing for a studio with no relation', () => {
    const gtist = createStudioDiagram(catalog, studio('gtist'))!;
    expect(keysOf(gtist.nodes, 'parent')).toEqual(['studios/studio-dragon']);
    expect(getDiagramCaption(gtist, 'GTist')).toMatch(/^GTist with its parent company \(left\), the productions/);

    const lonely = { ...studio('skydance'), id: 'lonely', data: { ...studio('skydance').data, parent: undefined } } as Entry<'studios'>;
    expect(createStudioDiagram(createCatalog([...entries, lonely]), lonely)).toBeUndefined();
  });

  it('wraps long titles onto two lines and shortens only what still does not fit', () => {
    expect(wrapLabel('TBS', 22)).toEqual(['TBS']);
    expect(wrapLabel('Marry My Husband (Japanese series)', 22)).toEqual(['Marry My Husband', '(Japanese series)']);
    expect(wrapLabel('One two three four five six seven eight nine ten', 12)).toEqual(['One two', 'three four…']);
    // Cut at a word, so what shows is a word-for-word start of the link's name.
    expect(fitLabel('planning, co-producer, broadcaster', 26)).toBe('planning, co-producer…');
    expect(fitLabel('Supercalifragilistic', 8)).toBe('Superca…');
    // Hangul, kana and ideographs take two letters' width, and a line of them breaks anywhere.
    expect(getTextUnits('魔物')).toBe(4);
    expect(wrapLabel('SKYキャッスル～上流階級の妻たち～', 22)).toEqual(['SKYキャッスル～上流階', '級の妻たち～']);
    expect(fitLabel('私の夫と結婚して', 10)).toBe('私の夫と…');
  });
});
