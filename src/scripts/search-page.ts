import { countResults, fill } from '../search/search-view';
import { readSettings, renderResult, search } from './search-client';
import { getLoadErrorMessage } from './search-errors';

/** Results the /search/ page lists. */
const LIMIT = 50;

/**
 * The /search/ page: lists results for the field's query as the reader types, and keeps the
 * address (?q=) in step so a search can be shared. The A-Z list of every entry stays below.
 */
export function enhanceSearchPage(root: HTMLElement, input: HTMLInputElement): void {
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const settings = readSettings(root);
  let run = 0;

  const update = async () => {
    const query = input.value;
    const current = ++run;
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const results = await search(settings.indexUrl, query, LIMIT);
    if (current !== run) return;
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        item.append(renderResult(result, settings.messages));
        return item;
      }),
    );
    status.textContent = results.length
      ? fill(settings.messages.resultsFor, { results: countResults(results.length, settings.messages), query })
      : fill(settings.messages.noMatchPage, { query });
  };

  const refresh = () =>
    update().catch((error: unknown) => {
      status.textContent = getLoadErrorMessage(error, root);
    });
  input.addEventListener('input', refresh);
  input.form?.addEventListener('submit', (event) => {
    // Results are already on the page; a submit would only reload it.
    event.preventDefault();
    void refresh();
  });
  void refresh();
}
