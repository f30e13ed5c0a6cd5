import { join } from 'node:path';
import type { Entry } from '../../src/catalog/entries';
import { readSourceFiles } from '../../src/checker/content-files';
import { validateContent } from '../../src/checker/validate';
import { ROOT } from './site';

/**
 * The catalog's first 49 entries, frozen as a fixture: unit tests of the graph, facts, search
 * ranking, diagrams and exports read these, so growing or correcting content/ cannot break them.
 * They carry the Korean and Japanese names and summaries content/ gave them when the editions
 * came (and the English summaries those translate), for the browser tests of the small site.
 * Tests of the real catalog (the checker on content/, search over every name) read content/.
 */
export const SEED_CATALOG = join(ROOT, 'tests/fixtures/seed-catalog');

const entriesByFolder = new Map<string, Entry[]>();

/**
 * The entries of a content folder (the seed catalog unless named) as the checker reads them,
 * once per test worker: the test files of a worker share one module graph. Their bodies are not
 * parsed, which was most of the unit tests' time: the checker's own tests check bodies.
 */
export function readCatalogEntries(contentDir: string = SEED_CATALOG): Entry[] {
  let entries = entriesByFolder.get(contentDir);
  if (!entries) {
    entries = validateContent(readSourceFiles(contentDir), [], { bodies: false }).entries as unknown as Entry[];
    entriesByFolder.set(contentDir, entries);
  }
  return entries;
}
