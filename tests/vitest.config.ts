import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const root = new URL('..', import.meta.url).pathname;

/** The file that runs longest by far (a minute: a build, a search run, a browser run), in a small file. */
const LONGEST = `${root}tests/build/bench.test.ts`;

/**
 * Vitest's order, with the longest file first. Vitest starts the files that took longest last
 * time first, and without that record (a fresh clone) the largest: the bench test started last,
 * and ran its minute alone while the other worker had nothing left to do.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((file) => file.moduleId === LONGEST), ...sorted.filter((file) => file.moduleId !== LONGEST)];
  }
}

// Lives in tests/ to keep the top level to what the project layout names.
export default defineConfig({
  test: {
    root,
    // Two test files at a time, one per core: a file waits much of its time (on a browser's idle
    // network, a dev server, a child build), and the other fills it. Measured on a 2-core machine:
    // 161 s against 236 s one at a time, for the same CPU time. Builds get time.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    testTimeout: 120_000,
    hookTimeout: 600_000,
    projects: [
      {
        // Pure modules with no mocks or global state: one module graph for all files, not one each.
        test: { name: 'unit', root, include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      {
        // Build and browser tests share one real build of the site at the root and one under
        // a BASE_PATH, made once by the global setup.
        test: {
          name: 'site',
          root,
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          // One module graph for all files, as for the unit tests: each file holds its own browser and pages.
          isolate: false,
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
