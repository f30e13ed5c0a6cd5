import { describe, expect, it } from 'vitest';
import { getDateAdded, sortByDateAdded } from '../../src/catalog/date-added';
import type { Entry } from '../../src/catalog/entries';

const entry = (collection: Entry['collection'], id: string, updated?: string) =>
  ({ collection, id, data: { updated } }) as unknown as Entry;

describe('the date an entry was added', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const history = new Map([['productions/a.mdx', { created: '2025-01-01T09:00:00+09:00', updated: '2025-12-01T00:00:00Z' }]]);

  it('is the first commit of its file, else its `updated` date, else the build time', () => {
    expect(getDateAdded(entry('productions', 'a', '2025-11'), history, now).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(getDateAdded(entry('studios', 'b', '2025-06'), history, now).toISOString()).toBe('2025-06-01T00:00:00.000Z');
    expect(getDateAdded(entry('people', 'c'), history, now)).toBe(now);
  });

  it('orders the feed newest first', () => {
    const entries = [entry('productions', 'a'), entry('studios', 'b', '2025-06'), entry('people', 'c')];
    expect(sortByDateAdded(entries, history, now).map(({ entry }) => entry.id)).toEqual(['c', 'b', 'a']);
  });
});
