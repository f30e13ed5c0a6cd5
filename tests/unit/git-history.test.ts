import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLastUpdated, parseGitLog, readGitHistory } from '../../src/catalog/git-history';

// What `git log --name-only --format=%x1e%cI` prints: newest commit first, a blank line
// between the date and the paths, merge commits with no paths.
const LOG = [
  '\x1e2025-07-02T09:15:00+09:00\n\nproductions/mamono.mdx\nstudios/sll.mdx\n',
  '\x1e2025-06-30T18:00:00+02:00\n',
  '\x1e2025-05-22T10:00:00+00:00\n\nproductions/mamono.mdx\nproductions/soul-mate.mdx\n',
].join('');

describe('parseGitLog', () => {
  it('gives each path its last and first commit dates', () => {
    const history = parseGitLog(LOG);
    expect(history.get('productions/mamono.mdx')).toEqual({ created: '2025-05-22T10:00:00+00:00', updated: '2025-07-02T09:15:00+09:00' });
    expect(history.get('studios/sll.mdx')).toEqual({ created: '2025-07-02T09:15:00+09:00', updated: '2025-07-02T09:15:00+09:00' });
    expect(history.get('productions/soul-mate.mdx')!.updated).toBe('2025-05-22T10:00:00+00:00');
    expect(history.size).toBe(3);
  });

  it('reads empty output as no history', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});

describe('getLastUpdated', () => {
  const history = parseGitLog(LOG);

  it('prefers git, as a date in the committer time zone', () => {
    expect(getLastUpdated({ collection: 'productions', id: 'mamono', data: { updated: '2024' } }, history)).toBe('2025-07-02');
  });

  it('falls back to the frontmatter `updated`, then to nothing', () => {
    expect(getLastUpdated({ collection: 'people', id: 'new', data: { updated: '2025-06' } }, history)).toBe('2025-06');
    expect(getLastUpdated({ collection: 'people', id: 'new', data: {} }, history)).toBeUndefined();
  });
});

describe('readGitHistory', () => {
  it('reads the content folder with one git log', () => {
    const history = readGitHistory('content');
    expect(history.get('productions/mamono.mdx')?.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('has no history for a folder outside git, so pages fall back to `updated`', () => {
    expect(readGitHistory(mkdtempSync(join(tmpdir(), 'hallyu-no-git-'))).size).toBe(0);
  });
});
