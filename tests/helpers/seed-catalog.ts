import { join } from 'node:path';
import { ROOT } from './site';

/**
 * The catalog's first 49 entries, frozen as a fixture: unit tests of the graph, facts, search
 * ranking, diagrams and exports read these, so growing or correcting content/ cannot break them.
 * They carry the Korean and Japanese names and summaries content/ gave them when the editions
 * came (and the English summaries those translate), for the browser tests of the small site.
 * Tests of the real catalog (the checker on content/, search over every name) read content/.
 */
export const SEED_CATALOG = join(ROOT, 'tests/fixtures/seed-catalog');
