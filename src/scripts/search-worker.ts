import { loadSearchIndex, type SearchResult, type Searcher } from '../search/search-engine';

// Loads the index and answers queries off the main thread: at 10,000 entries, parsing and
// loading the index takes long enough to freeze the page if the page did it.

/** A query sent to the worker. */
export interface SearchRequest {
  id: number;
  indexUrl: string;
  query: string;
  limit: number;
}

/** The worker's answer: results, or why there are none. */
export type SearchResponse = { id: number; results: SearchResult[] } | { id: number; error: string };

let searcher: Promise<Searcher> | undefined;

addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const { id, indexUrl, query, limit } = event.data;
  searcher ??= fetch(indexUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`the search index answered ${response.status}`);
      return response.json();
    })
    .then(loadSearchIndex);
  const answer = (response: SearchResponse) => postMessage(response);
  searcher.then(
    (loaded) => answer({ id, results: loaded.search(query, limit) }),
    (error: unknown) => {
      // A failed load (offline before the first visit) is tried again with the next query.
      searcher = undefined;
      answer({ id, error: error instanceof Error ? error.message : String(error) });
    },
  );
});
