import { openSearchIndex, type LazySearcher, type SearchResult } from '../search/search-engine';

// Answers queries off the main thread: at 10,000 entries, loading a part of the index takes long
// enough to freeze the page if the page did it.

/** A query sent to the worker; `indexUrl` is the edition's index folder. */
export interface SearchRequest {
  id: number;
  indexUrl: string;
  query: string;
  limit: number;
}

/** The worker's answer: results, or why there are none. */
export type SearchResponse = { id: number; results: SearchResult[] } | { id: number; error: string };

let searcher: LazySearcher | undefined;

function open(indexUrl: string): LazySearcher {
  return openSearchIndex((file) =>
    fetch(new URL(file, new URL(indexUrl, location.href))).then((response) => {
      if (!response.ok) throw new Error(`the search index answered ${response.status} for ${file}`);
      return response.json();
    }),
  );
}

addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const { id, indexUrl, query, limit } = event.data;
  searcher ??= open(indexUrl);
  searcher.search(query, limit).then(
    (results) => postMessage({ id, results } satisfies SearchResponse),
    // A failed load (offline before the first visit) is tried again with the next query.
    (error: unknown) => postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies SearchResponse),
  );
});
