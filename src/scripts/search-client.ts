import type { SearchResult } from '../search/search-engine';
import type { SearchMessages } from '../search/search-messages';
import { getResultView, type HighlightPart } from '../search/search-view';
import type { SearchRequest, SearchResponse } from './search-worker';

// Shared by the header's search box and the /search/ page; loaded on first use, never with a page.

let worker: Worker | undefined;
const pending = new Map<number, { resolve: (results: SearchResult[]) => void; reject: (error: Error) => void }>();
let lastId = 0;

function startWorker(): Worker {
  const started = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', ({ data }: MessageEvent<SearchResponse>) => {
    const request = pending.get(data.id);
    pending.delete(data.id);
    if ('error' in data) request?.reject(new Error(data.error));
    else request?.resolve(data.results);
  });
  started.addEventListener('error', (event) => {
    // The worker's script did not load (offline before the first visit): start afresh next time.
    for (const request of pending.values()) request.reject(new Error(event.message || 'the search worker did not start'));
    pending.clear();
    worker = undefined;
  });
  return started;
}

/**
 * Results for `query`, best first, from the index at `indexUrl`. A Web Worker fetches and loads
 * the index once and runs the searches, so a large index never blocks typing.
 */
export function search(indexUrl: string, query: string, limit: number): Promise<SearchResult[]> {
  worker ??= startWorker();
  const request: SearchRequest = { id: ++lastId, indexUrl, query, limit };
  const answer = new Promise<SearchResult[]>((resolve, reject) => pending.set(request.id, { resolve, reject }));
  worker.postMessage(request);
  return answer;
}

/** Settings a search element reads from its data-* attributes. */
export interface SearchSettings {
  indexUrl: string;
  messages: SearchMessages;
}

/** Reads data-index-url (the edition's index) and data-messages (JSON of the edition's search messages). */
export function readSettings(element: HTMLElement): SearchSettings {
  return { indexUrl: element.dataset['indexUrl'] ?? '', messages: JSON.parse(element.dataset['messages'] ?? '{}') as SearchMessages };
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
export function renderResult(result: SearchResult, messages: SearchMessages, doc: Document = document): HTMLAnchorElement {
  const view = getResultView(result, messages);
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
