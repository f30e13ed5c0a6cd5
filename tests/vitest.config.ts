import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

// Lives in tests/ to keep the top level to what the project layout names.
export default defineConfig({
  test: {
    root,
    // Builds and browsers share 2 cores: run test files one at a time, and give builds time.
    fileParallelism: false,
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
          fileParallelism: false,
          // One module graph for all files, as for the unit tests: each file holds its own browser and pages.
          isolate: false,
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
