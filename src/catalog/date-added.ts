import type { Entry } from './entries';
import type { FileHistory } from './git-history';

/**
 * The date an entry was added to the catalog: the first commit of its file (from
 * `readGitHistory`); for a file git does not know yet, its `updated` date, else `now`: it is
 * being added in this very build.
 */
export function getDateAdded(entry: Entry, history: ReadonlyMap<string, FileHistory>, now: Date): Date {
  const committed = history.get(`${entry.collection}/${entry.id}.mdx`)?.created;
  if (committed) return new Date(committed);
  // "2025", "2025-06" and "2025-06-27" are all ISO dates JavaScript reads as UTC.
  if (entry.data.updated) return new Date(entry.data.updated);
  return now;
}

/** Entries newest first by the date they were added; entries added together keep their given order. */
export function sortByDateAdded<E extends Entry>(
  entries: readonly E[],
  history: ReadonlyMap<string, FileHistory>,
  now: Date,
): { entry: E; added: Date }[] {
  return entries
    .map((entry) => ({ entry, added: getDateAdded(entry, history, now) }))
    .sort((a, b) => b.added.getTime() - a.added.getTime());
}
