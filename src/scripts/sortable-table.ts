import { PRODUCTION_FILTERS } from '../site/production-filters';

/**
 * Makes the headers marked `data-sort` of a table into buttons that sort its rows, and shows only
 * the rows the address asks for (`?status=released&market=jp`: each a word of the row's
 * `data-<filter>`). Without JavaScript the table keeps its server order (A-Z) and every row.
 */
class SortableTable extends HTMLElement {
  connectedCallback() {
    const table = this.querySelector('table');
    const body = table?.tBodies[0];
    if (!table || !body) return;
    const query = new URLSearchParams(location.search);
    const asked = PRODUCTION_FILTERS.filter((name) => query.get(name));
    const note = this.querySelector<HTMLElement>('[data-filtered]');
    if (asked.length && note) {
      const rows = [...body.rows];
      for (const row of rows) row.hidden = !asked.every((name) => (row.dataset[name] ?? '').split(' ').includes(query.get(name)!));
      const shown = rows.filter((row) => !row.hidden).length;
      note.querySelector('[data-count]')!.textContent = note.dataset['filtered']!.replace('{shown}', String(shown)).replace(
        '{total}',
        String(rows.length),
      );
      note.hidden = false;
    }
    const headers = [...table.tHead!.rows[0]!.cells];
    headers.forEach((header, column) => {
      if (!header.dataset['sort']) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = header.textContent;
      header.replaceChildren(button);
      button.addEventListener('click', () => {
        const ascending = header.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const rows = [...body.rows].sort((a, b) => {
          const x = a.cells[column]?.dataset['value'] ?? '';
          const y = b.cells[column]?.dataset['value'] ?? '';
          // Undated rows stay last in both directions.
          if (!x || !y) return x ? -1 : y ? 1 : 0;
          return ascending ? x.localeCompare(y, 'en', { numeric: true }) : y.localeCompare(x, 'en', { numeric: true });
        });
        body.append(...rows);
      });
    });
  }
}

customElements.define('ha-sortable-table', SortableTable);
