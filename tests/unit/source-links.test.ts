import { describe, expect, it } from 'vitest';
import { formatLinkReport, getSourceLinks } from '../../src/catalog/source-links';
import type { ValidEntry } from '../../src/checker/validate';

const source = (id: string, data: Record<string, unknown>): ValidEntry => ({
  collection: 'sources',
  id,
  file: `content/sources/${id}.mdx`,
  data,
});

describe('the source links the scheduled check tries', () => {
  it("lists every source's page, the copy it was read through and its archive, and nothing else", () => {
    const entries: ValidEntry[] = [
      source('read-online', { url: 'https://paper.example/a', archive: 'https://web.archive.org/web/2026/https://paper.example/a' }),
      source('read-in-a-copy', { via: { publisher: 'Yahoo News', url: 'https://news.yahoo.example/b' } }),
      source('print-only', {}),
      { collection: 'studios', id: 'a-studio', file: 'content/studios/a-studio.mdx', data: { website: 'https://studio.example/' } },
    ];
    expect(getSourceLinks(entries)).toEqual([
      { source: 'read-online', field: 'url', url: 'https://paper.example/a' },
      { source: 'read-online', field: 'archive', url: 'https://web.archive.org/web/2026/https://paper.example/a' },
      { source: 'read-in-a-copy', field: 'via.url', url: 'https://news.yahoo.example/b' },
    ]);
  });

  it('reports the dead ones as a table naming the file and field to fix, and says so when there are none', () => {
    expect(formatLinkReport(3, [])).toBe('## Source links\n\n0 of 3 source addresses did not load.\n');
    const report = formatLinkReport(2, [{ source: 'gone', field: 'url', url: 'https://paper.example/gone', status: 0 }]);
    expect(report).toContain('1 of 2 source addresses did not load.');
    expect(report).toContain('| `content/sources/gone.mdx` | `url` | https://paper.example/gone | no answer |');
  });
});
