import type { CollectionName } from '../schemas';
import { loadSearchIndex, type SearchResult, type Searcher } from '../lib/search-engine';
import { getResultView, type HighlightPart } from '../lib/search-view';

// Shared by the header's search box and the /search/ page; loaded on first use, never with a page.

const searchers = new Map<string, Promise<Searcher>>();

/** The searcher for the index at `url`, fetched and loaded once per page. */
export function getSearcher(url: string): Promise<Searcher> {
  let searcher = searchers.get(url);
  if (!searcher) {
    searcher = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`the search index answered ${response.status}`);
        return response.json();
      })
      .then(loadSearchIndex);
    // A failed load (offline before the first visit) is tried again on the next search.
    searcher.catch(() => searchers.delete(url));
    searchers.set(url, searcher);
  }
  return searcher;
}

/** Settings a search element reads from its data-* attributes. */
export interface SearchSettings {
  indexUrl: string;
  kindLabels: Partial<Record<CollectionName, string>>;
}

/** Reads data-index-url and data-kinds (JSON of singular labels by collection). */
export function readSettings(element: HTMLElement): SearchSettings {
  let kindLabels: SearchSettings['kindLabels'] = {};
  try {
    kindLabels = JSON.parse(element.dataset['kinds'] ?? '{}');
  } catch {
    // Without labels, results show the collection name: still readable.
  }
  return { indexUrl: element.dataset['indexUrl'] ?? '', kindLabels };
}

function appendParts(doc: Document, parent: HTMLElement, parts: readonly HighlightPart[]) {
  for (const part of parts) {
    if (!part.highlight) {
      parent.append(doc.createTextNode(part.text));
      continue;
    }
    const mark = doc.createElement('mark');
    mark.textContent = part.text;
    parent.append(mark);
  }
}

function span(doc: Document, className: string): HTMLSpanElement {
  const element = doc.createElement('span');
  element.className = className;
  return element;
}

/**
 * A result as a link: highlighted title, kind and year, and the other name that matched. Built
 * with createElement and text nodes only: names and the query never reach innerHTML.
 */
export function renderResult(result: SearchResult, kindLabels: SearchSettings['kindLabels'], doc: Document = document): HTMLAnchorElement {
  const view = getResultView(result, kindLabels);
  const link = doc.createElement('a');
  link.className = 'search-result';
  link.href = view.href;
  const title = span(doc, 'search-result-title');
  appendParts(doc, title, view.title);
  const meta = span(doc, 'search-result-meta');
  meta.textContent = view.meta;
  link.append(title, meta);
  if (view.detail) {
    const detail = span(doc, 'search-result-detail');
    if (view.detail.label) detail.append(doc.createTextNode(`${view.detail.label} `));
    const name = span(doc, 'search-result-name');
    if (view.detail.lang) name.lang = view.detail.lang;
    appendParts(doc, name, view.detail.parts);
    detail.append(name);
    link.append(detail);
  }
  return link;
}

/** "1 result", "12 results". */
export function countResults(count: number): string {
  return `${count} ${count === 1 ? 'result' : 'results'}`;
}
