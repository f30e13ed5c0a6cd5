import { countResults, fill } from '../search/search-view';
import { readSettings, renderResult, search } from './search-client';
import { getLoadErrorMessage } from './search-errors';

/** Results the header's box lists; the /search/ page lists more. */
const LIMIT = 8;

function link(text: string, href: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

/** The /search/ page for a query, to see every result or to share them. */
function getSearchPageHref(searchHref: string, query: string): string {
  return `${searchHref}?${new URLSearchParams({ q: query })}`;
}

/**
 * Makes the header's search box work as an ARIA combobox (APG "list autocomplete"): typing lists
 * results in the listbox it controls, arrow keys move `aria-activedescendant` over them, Enter
 * opens the selected one (or, with none selected, the /search/ page), Escape closes the list.
 */
export function enhanceCombobox(root: HTMLElement, input: HTMLInputElement): void {
  const listbox = root.querySelector<HTMLElement>('[role="listbox"]')!;
  const popup = root.querySelector<HTMLElement>('.search-popup')!;
  const footer = root.querySelector<HTMLElement>('.search-footer')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const settings = readSettings(root);
  const { messages } = settings;
  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let run = 0;

  const setActive = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (!option) return void input.removeAttribute('aria-activedescendant');
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  };

  const close = () => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };

  const showFooter = (query: string, found: number) => {
    if (found > 0) {
      footer.replaceChildren(link(fill(messages.allResults, { query }), getSearchPageHref(messages.hrefs.search, query)));
      return;
    }
    footer.replaceChildren(
      document.createTextNode(`${fill(messages.noMatch, { query })} `),
      link(messages.browseProductions, messages.hrefs.productions),
      document.createTextNode(', '),
      link(messages.browsePeople, messages.hrefs.people),
      document.createTextNode(` ${messages.or} `),
      link(messages.browseAll, messages.hrefs.search),
      document.createTextNode('.'),
    );
  };

  const update = async () => {
    const query = input.value;
    const current = ++run;
    if (!query.trim()) {
      listbox.replaceChildren();
      status.textContent = '';
      return close();
    }
    const results = await search(settings.indexUrl, query, LIMIT);
    // A slower, older search must not overwrite a newer one.
    if (current !== run) return;
    options = results.map((result, index) => {
      const option = renderResult(result, messages);
      option.id = `${input.id}-option-${index}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.tabIndex = -1;
      return option;
    });
    listbox.replaceChildren(
      ...options.map((option) => {
        const item = document.createElement('li');
        item.setAttribute('role', 'none');
        item.append(option);
        return item;
      }),
    );
    active = -1;
    input.removeAttribute('aria-activedescendant');
    showFooter(query, results.length);
    status.textContent = results.length ? countResults(results.length, messages) : footer.textContent;
    popup.hidden = false;
    input.setAttribute('aria-expanded', String(results.length > 0));
  };

  const refresh = () =>
    update().catch((error: unknown) => {
      // Offline before the first visit, the index is not saved yet: say so where results go.
      footer.textContent = getLoadErrorMessage(error, root);
      status.textContent = footer.textContent;
      options = [];
      listbox.replaceChildren();
      input.setAttribute('aria-expanded', 'false');
      popup.hidden = false;
    });

  input.addEventListener('input', refresh);
  input.addEventListener('focus', () => {
    if (input.value.trim()) void refresh();
  });
  input.addEventListener('keydown', (event) => {
    const open = !popup.hidden && options.length > 0;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!open) {
          if (input.value.trim()) void refresh();
          return;
        }
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        // Positions cycle through the options and back to the field itself (-1).
        setActive(((active + 1 + step + options.length + 1) % (options.length + 1)) - 1);
        return;
      }
      case 'Enter': {
        const option = options[active];
        if (open && option) {
          event.preventDefault();
          location.assign(option.href);
        }
        return;
      }
      case 'Escape':
        if (!popup.hidden) {
          // Closing the list comes first; a second Escape clears the field, as search fields do.
          event.preventDefault();
          close();
        }
    }
  });
  root.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && root.contains(event.relatedTarget))) close();
  });
  void refresh();
}
