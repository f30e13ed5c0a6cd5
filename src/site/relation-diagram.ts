import { getEntryTitle, getEntryYear, getLocalizedTitle, sortByDate, type Catalog, type Entry } from '../catalog/entries';
import { getEntryKey, WORK_EDGE_TYPES, type Edge, type EntryKey } from '../catalog/graph';
import { DEFAULT_LOCALE, getMessages, type Locale, type Messages } from '../i18n';
import { CREDIT_ROLES } from '../schemas/production';
import { getEntryHref } from './routes';
import { getTextUnits, sliceToUnits } from './text-width';

/** Where a node sits in a studio's diagram. */
export type DiagramNodeKind = 'subject' | 'parent' | 'subsidiary' | 'work' | 'partner';

/** A box in the diagram: an entry, placed, with what it is to the studio. */
export interface DiagramNode {
  key: EntryKey;
  kind: DiagramNodeKind;
  href: string;
  title: string;
  /** The title's language (an English name in the Korean edition is marked as English). */
  lang: string;
  /** The title as drawn: wrapped onto one or two lines, shortened only if it still does not fit. */
  lines: string[];
  /** The line under the title: roles, year or relation. */
  detail: string;
  /** The link's accessible name: the text it shows, then the whole relation in words. */
  description: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A line between two nodes, as an SVG path. */
export interface DiagramEdge {
  from: EntryKey;
  to: EntryKey;
  kind: 'credit' | 'partner' | 'parent';
  path: string;
}

/** A studio's relation diagram as plain data, ready for an SVG template. */
export interface RelationDiagram {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/** Sizes of the drawing, in SVG user units. */
export interface DiagramOptions {
  nodeWidth: number;
  /** Height of a box whose title takes one line; each further line adds `lineHeight`. */
  nodeHeight: number;
  lineHeight: number;
  rowGap: number;
  columnGap: number;
  margin: number;
  /** Estimated width of one character of a node's title, and of its smaller detail line. */
  charWidth: number;
  detailCharWidth: number;
}

export const DEFAULT_DIAGRAM_OPTIONS: DiagramOptions = {
  nodeWidth: 210,
  nodeHeight: 42,
  lineHeight: 16,
  rowGap: 12,
  columnGap: 56,
  margin: 16,
  charWidth: 8.2,
  detailCharWidth: 6.6,
};

/** Roles in words: a credit's role ("co-producer"), "producer" for a musical's producer, "staging producer". */
function roleOf(edge: Edge, t: Messages): string {
  if (edge.type === 'staging') return t.diagram.stagingProducer;
  const role = edge.role ?? edge.type;
  return (CREDIT_ROLES as readonly string[]).includes(role)
    ? t.values.creditRoles[role as (typeof CREDIT_ROLES)[number]].toLowerCase()
    : role;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * Shortens a text to what fits the box, at a word boundary where there is one, ending in an
 * ellipsis: whole words keep the shown text a prefix of the link's name, word for word.
 */
export function fitLabel(text: string, maxChars: number): string {
  if (getTextUnits(text) <= maxChars) return text;
  const cut = sliceToUnits(text, Math.max(1, maxChars - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).replace(/[\s,;·]+$/, '')}…`;
}

/** Wraps a title at spaces onto at most `maxLines` lines of `maxChars`, shortening the last if it must. */
export function wrapLabel(text: string, maxChars: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = '';
  // Words too long for a line (a Japanese title has no spaces) break where the line is full.
  const words = text.split(/\s+/).flatMap((word) => {
    const pieces: string[] = [];
    let rest = word;
    while (getTextUnits(rest) > maxChars && /[^\x00-\u024f]/.test(rest)) {
      const piece = sliceToUnits(rest, maxChars);
      pieces.push(piece);
      rest = rest.slice(piece.length);
    }
    return [...pieces, rest];
  });
  for (const word of words) {
    if (line && getTextUnits(`${line} ${word}`) > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line}${/[^\x00-\u024f]$/.test(line) && /^[^\x00-\u024f]/.test(word) ? '' : ' '}${word}` : word;
    }
  }
  lines.push(line);
  if (lines.length <= maxLines && lines.every((l) => getTextUnits(l) <= maxChars)) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitLabel(lines.slice(maxLines - 1).join(' '), maxChars);
  return kept.map((l) => fitLabel(l, maxChars));
}

/**
 * The relation diagram of a studio: its parent and subsidiaries beside it, the productions and
 * musicals it is credited on, and the other companies credited on those works (its partners),
 * ordered so lines cross as little as they can. Undefined when the studio has no relation to draw.
 */
export function createStudioDiagram(
  catalog: Catalog,
  studio: Entry<'studios'>,
  locale: Locale = DEFAULT_LOCALE,
  options: DiagramOptions = DEFAULT_DIAGRAM_OPTIONS,
): RelationDiagram | undefined {
  const t = getMessages(locale);
  const titleOf = (entry: Entry) => getLocalizedTitle(entry, locale);
  const subjectKey = getEntryKey('studios', studio.id);
  const subjectTitle = titleOf(studio).text;
  const incoming = catalog.graph.incoming(subjectKey);

  const rolesByWork = new Map<EntryKey, string[]>();
  for (const edge of incoming) {
    if (WORK_EDGE_TYPES.has(edge.type)) rolesByWork.set(edge.from, unique([...(rolesByWork.get(edge.from) ?? []), roleOf(edge, t)]));
  }
  const works = sortByDate([...rolesByWork.keys()].map((key) => catalog.get(key)!));

  // Partners: every other company credited on one of these works, with its roles on each.
  const partnerWorks = new Map<EntryKey, Map<EntryKey, string[]>>();
  for (const work of works) {
    const workKey = getEntryKey(work.collection, work.id);
    for (const edge of catalog.graph.outgoing(workKey)) {
      if (!WORK_EDGE_TYPES.has(edge.type) || edge.to === subjectKey) continue;
      const byWork = partnerWorks.get(edge.to) ?? new Map<EntryKey, string[]>();
      byWork.set(workKey, unique([...(byWork.get(workKey) ?? []), roleOf(edge, t)]));
      partnerWorks.set(edge.to, byWork);
    }
  }

  const parent = studio.data.parent ? catalog.get(getEntryKey('studios', studio.data.parent.id)) : undefined;
  const subsidiaries = incoming.filter((edge) => edge.type === 'parent').map((edge) => catalog.get(edge.from)!);
  if (works.length === 0 && !parent && subsidiaries.length === 0) return undefined;

  const { nodeWidth, rowGap, columnGap, margin, charWidth, detailCharWidth, lineHeight } = options;
  const maxChars = Math.floor((nodeWidth - 16) / charWidth);
  const linesOf = (entry: Entry) => wrapLabel(titleOf(entry).text, maxChars);
  // The first column leaves room on its left for the parent and subsidiary connectors.
  const elbow = 14;
  const columnX = (column: number) => margin + elbow + column * (nodeWidth + columnGap);

  const workIndex = new Map(works.map((work, index) => [getEntryKey(work.collection, work.id), index]));
  const partners = [...partnerWorks.keys()]
    .map((key) => {
      const indices = [...partnerWorks.get(key)!.keys()].map((workKey) => workIndex.get(workKey)!);
      return { entry: catalog.get(key)!, centre: indices.reduce((sum, index) => sum + index, 0) / indices.length };
    })
    // Each partner sits level with the middle of its works: the fewest crossings for the least work.
    .sort((a, b) => a.centre - b.centre || getEntryTitle(a.entry).localeCompare(getEntryTitle(b.entry)))
    .map(({ entry }) => entry);

  const firstColumn = [...(parent ? [parent] : []), studio as Entry, ...subsidiaries];
  const columns = [firstColumn, works, partners].filter((column) => column.length > 0);
  // Boxes share one height, so rows line up: tall enough for the longest title.
  const nodeHeight = options.nodeHeight + (Math.max(...columns.flat().map((entry) => linesOf(entry).length)) - 1) * lineHeight;
  const rows = Math.max(...columns.map((column) => column.length));
  const height = margin * 2 + rows * nodeHeight + (rows - 1) * rowGap;
  const width = columnX(columns.length - 1) + nodeWidth + margin;
  const topOf = (column: readonly Entry[], index: number) =>
    (height - (column.length * nodeHeight + (column.length - 1) * rowGap)) / 2 + index * (nodeHeight + rowGap);

  const node = (
    entry: Entry,
    kind: DiagramNodeKind,
    column: number,
    index: number,
    list: readonly Entry[],
    detail: string,
    relation: string,
  ): DiagramNode => {
    const { text: title, lang } = titleOf(entry);
    return {
      key: getEntryKey(entry.collection, entry.id),
      kind,
      href: getEntryHref(entry.collection, entry.id, locale),
      title,
      lang,
      lines: linesOf(entry),
      detail: fitLabel(detail, Math.floor((nodeWidth - 16) / detailCharWidth)),
      // What the box shows comes first, so speech and voice control can match it (WCAG 2.5.3).
      description: `${title}, ${detail}${relation}`,
      x: columnX(column),
      y: topOf(list, index),
      width: nodeWidth,
      height: nodeHeight,
    };
  };

  const nodes: DiagramNode[] = firstColumn.map((entry, index) => {
    if (entry === studio) {
      const kinds = studio.data.kinds.map((kind) => t.values.studioKinds[kind].toLowerCase()).join(', ');
      return node(entry, 'subject', 0, index, firstColumn, kinds, t.diagram.thisPage);
    }
    if (entry === parent)
      return node(entry, 'parent', 0, index, firstColumn, t.relations.parentCompany.toLowerCase(), t.diagram.of(subjectTitle));
    return node(entry, 'subsidiary', 0, index, firstColumn, t.relations.subsidiary.toLowerCase(), t.diagram.of(subjectTitle));
  });
  works.forEach((work, index) => {
    const roles = rolesByWork.get(getEntryKey(work.collection, work.id))!.join(', ');
    const year = getEntryYear(work);
    nodes.push(
      node(
        work,
        'work',
        1,
        index,
        works,
        [year, roles].filter(Boolean).join(' · '),
        t.diagram.work(t.collections[work.collection].singular, subjectTitle, roles),
      ),
    );
  });
  partners.forEach((partner, index) => {
    const byWork = partnerWorks.get(getEntryKey('studios', partner.id))!;
    const roles = unique([...byWork.values()].flat()).join(', ');
    const on = [...byWork].map(([workKey, workRoles]) => `${titleOf(catalog.get(workKey)!).text} (${workRoles.join(', ')})`);
    nodes.push(node(partner, 'partner', 2, index, partners, roles, t.diagram.partner(subjectTitle, on.join('; '))));
  });

  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const middle = (n: DiagramNode) => n.y + n.height / 2;
  const curve = (a: DiagramNode, b: DiagramNode) => {
    const x1 = a.x + a.width;
    const x2 = b.x;
    const bend = (x1 + x2) / 2;
    return `M${x1} ${middle(a)} C${bend} ${middle(a)} ${bend} ${middle(b)} ${x2} ${middle(b)}`;
  };
  const subject = byKey.get(subjectKey)!;
  const edges: DiagramEdge[] = [];
  for (const n of nodes) {
    if (n.kind === 'parent' || n.kind === 'subsidiary') {
      const x = n.x - elbow;
      edges.push({
        from: n.kind === 'parent' ? subjectKey : n.key,
        to: n.kind === 'parent' ? n.key : subjectKey,
        kind: 'parent',
        path: `M${subject.x} ${middle(subject)} H${x} V${middle(n)} H${n.x}`,
      });
    } else if (n.kind === 'work') {
      edges.push({ from: n.key, to: subjectKey, kind: 'credit', path: curve(subject, n) });
    } else if (n.kind === 'partner') {
      for (const workKey of partnerWorks.get(n.key)!.keys()) {
        edges.push({ from: workKey, to: n.key, kind: 'partner', path: curve(byKey.get(workKey)!, n) });
      }
    }
  }
  return { width, height, nodes, edges };
}

/** The diagram's caption: what each column holds, naming only the columns that are there. */
export function getDiagramCaption(diagram: RelationDiagram, name: string, locale: Locale = DEFAULT_LOCALE): string {
  const t = getMessages(locale);
  const count = (kind: DiagramNodeKind) => diagram.nodes.filter((node) => node.kind === kind).length;
  const family = [count('parent') && t.diagram.parent, count('subsidiary') && t.diagram.subsidiaries].filter((part) => part !== 0);
  const parts = [
    t.diagram.subject(name, family.length ? t.diagram.and(family) : ''),
    count('work') && t.diagram.works,
    count('partner') && t.diagram.partners,
  ].filter((part) => part !== 0);
  return `${t.diagram.sentence(t.diagram.and(parts))} ${t.diagram.end}`;
}
