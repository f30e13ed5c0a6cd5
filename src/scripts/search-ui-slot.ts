import type { enhanceCombobox } from './search-combobox';
import type { enhanceSearchPage } from './search-page';

/** What the search code offers the elements that load it. */
export interface SearchUi {
  enhanceCombobox: typeof enhanceCombobox;
  enhanceSearchPage: typeof enhanceSearchPage;
}

/** The global slot the search code puts itself in once it runs (./search-ui). */
export const SEARCH_UI_SLOT = Symbol.for('hallyu-abroad.search-ui');

/** The search code, once it has run. */
export const getSearchUi = (): SearchUi | undefined => (globalThis as { [SEARCH_UI_SLOT]?: SearchUi })[SEARCH_UI_SLOT];

/** Hands the search code over to the elements that load it. */
export function setSearchUi(ui: SearchUi): void {
  (globalThis as { [SEARCH_UI_SLOT]?: SearchUi })[SEARCH_UI_SLOT] = ui;
}
