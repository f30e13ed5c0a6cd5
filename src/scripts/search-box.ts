// What every page ships for search: two small elements that load the search code and index
// (a separate chunk) only when a reader starts to search, and the keys that focus the box.

import { getSearchUi, type SearchUi } from './search-ui-slot';
// The search code's address: built as one self-contained ES module, as a worker is (see
// astro.config.mjs), so that it can be asked for again under another address.
import searchUiUrl from './search-ui?worker&url';
import { getLoadErrorMessage } from './search-errors';

let failures = 0;
let loading: Promise<SearchUi> | undefined;

/**
 * Loads the search code, once. After a failure the next call asks for it under a new address:
 * Chromium, up to at least version 150, keeps a failed `import()` of an address failed for the
 * life of the page, so a page that went offline before the code was saved could otherwise
 * never search again. (Newer versions fetch again; a fresh address works in both.)
 */
function loadSearchUi(): Promise<SearchUi> {
  const url = failures ? `${searchUiUrl}${searchUiUrl.includes('?') ? '&' : '?'}attempt=${failures}` : searchUiUrl;
  loading ??= import(/* @vite-ignore */ url).then(
    () => getSearchUi()!,
    (error: unknown) => {
      failures++;
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Runs `load` once, on the first focus of `input`; a failed load is tried again on the next. */
function loadOnFocus(input: HTMLInputElement, load: () => Promise<unknown>, onError: (error: unknown) => void) {
  let loading: Promise<unknown> | undefined;
  const start = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      input.addEventListener('focus', start, { once: true });
      onError(error);
    });
  };
  if (document.activeElement === input) start();
  else input.addEventListener('focus', start, { once: true });
  return start;
}

const showError = (root: HTMLElement) => (error: unknown) => {
  const message = getLoadErrorMessage(error, root);
  // Where results would show: the header box's list footer, the search page's status line.
  root.querySelectorAll('[role="status"], .search-footer').forEach((element) => (element.textContent = message));
  root.querySelector('.search-popup')?.removeAttribute('hidden');
};

/**
 * The search box in the header, an ARIA combobox once JavaScript runs (without it, a plain form
 * that opens /search/). "/" and Ctrl/Cmd+K focus it.
 */
class SearchBox extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    const listbox = this.querySelector('[role="listbox"]');
    if (!input || !listbox) return;
    Object.entries({ role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listbox.id }).forEach(
      ([name, value]) => input.setAttribute(name, value),
    );
    loadOnFocus(input, () => loadSearchUi().then(({ enhanceCombobox }) => enhanceCombobox(this, input)), showError(this));
    document.addEventListener('keydown', (event) => {
      const isShortcut =
        (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) ||
        (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target));
      if (!isShortcut || event.defaultPrevented) return;
      event.preventDefault();
      input.focus();
      input.select();
    });
  }
}

/** The /search/ page: results for ?q= as soon as it opens, updated as the reader types. */
class SearchPage extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    if (!input) return;
    const query = new URLSearchParams(location.search).get('q') ?? '';
    input.value = query;
    const start = loadOnFocus(input, () => loadSearchUi().then(({ enhanceSearchPage }) => enhanceSearchPage(this, input)), showError(this));
    if (query) start();
  }
}

customElements.define('ha-search', SearchBox);
customElements.define('ha-search-page', SearchPage);
