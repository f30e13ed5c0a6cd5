import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, buildSiteOrThrow, makeTempDir, ROOT, startServer, type BuildResult, type Server } from './helpers/site';
import { CHROMIUM_PATH, getChromiumVersion } from './helpers/browser';
import { serveStatic } from './helpers/static-server';

/**
 * The second site: built as GitHub Actions builds a project page, under a BASE_PATH, on a SITE_URL
 * that is neither the default origin nor the root, with GITHUB_REPOSITORY set. Its content is
 * the frozen seed catalog plus the fixture scenarios that build (their ids do not clash): every
 * template and edition under a sub-path, for half the build time of the whole catalog again.
 * The browser tests that visit many pages (axe, a crawler, saving an edition offline) visit it:
 * its lists run to tens of rows, not hundreds.
 */
export const SUB_PATH_SITE = {
  site: 'https://hallyu.example',
  base: '/hallyu-abroad',
  repository: 'hallyu-test/hallyu-abroad',
  scenarios: ['seed-catalog', 'hostile-text', 'markdown-bodies'],
} as const;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real site as `npm start` builds and serves it. */
    site: { url: string; distDir: string };
    /** SUB_PATH_SITE, built and served statically under its base path. */
    baseSite: { url: string; distDir: string; contentDir: string; base: string; site: string; repository: string };
    /** What the build printed for the fixtures it must refuse, by fixture folder. */
    refusedBuilds: Record<'misspelled-entry' | 'body-links', { code: number | null; output: string }>;
  }
}

const servers: Server[] = [];

/** Wraps tasks so that at most `limit` run at a time: the machines have two cores, and a build keeps one busy. */
function createLimiter(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/**
 * Every site the build and browser tests read, each built once per run, two at a time: the real
 * site at the root (served by `npm start`, exactly the newcomer's command), SUB_PATH_SITE, and
 * the fixtures the build must refuse.
 */
export default async function setup(project: TestProject) {
  // What decided the pass: browsers differ between machines (Debian's Chromium was 150 on one, 156 on another).
  console.info(`Browser tests: ${getChromiumVersion()} (${CHROMIUM_PATH}); scripts on Node ${process.version}`);
  const subPathContent = makeTempDir('sub-path-content');
  for (const scenario of SUB_PATH_SITE.scenarios) cpSync(join(ROOT, 'tests/fixtures', scenario), subPathContent, { recursive: true });
  const port = 4321 + Math.floor(Math.random() * 300);

  const twoAtATime = createLimiter(2);
  const keep = (server: Server) => (servers.push(server), server);
  const tasks = [
    // No repository configured, even where CI sets GITHUB_REPOSITORY: the pages then show no edit link.
    twoAtATime(() => startServer('npm', ['start', '--', '--port', String(port)], { GITHUB_REPOSITORY: '' }).then(keep)),
    twoAtATime(() =>
      buildSiteOrThrow({
        contentDir: subPathContent,
        base: SUB_PATH_SITE.base,
        env: { SITE_URL: SUB_PATH_SITE.site, GITHUB_REPOSITORY: SUB_PATH_SITE.repository },
      }),
    ),
    twoAtATime(() => buildSite({ contentDir: join(ROOT, 'tests/fixtures/misspelled-entry') })),
    twoAtATime(() => buildSite({ contentDir: join(ROOT, 'tests/fixtures/body-links') })),
  ] as const;
  const builds = Promise.all(tasks);
  // A failed build ends the run before any teardown: once every task has settled, stop the server that did start.
  const [site, baseDist, misspelled, bodyLinks] = await builds.catch(async (error: unknown) => {
    await Promise.allSettled(tasks);
    await Promise.all(servers.map((server) => server.stop()));
    throw error;
  });
  const baseServer = keep(await serveStatic(baseDist, SUB_PATH_SITE.base));

  project.provide('site', { url: site.url, distDir: join(ROOT, 'dist') });
  const { site: siteUrl, base, repository } = SUB_PATH_SITE;
  project.provide('baseSite', { url: baseServer.url, distDir: baseDist, contentDir: subPathContent, base, site: siteUrl, repository });
  const refused = ({ code, output }: BuildResult) => ({ code, output });
  project.provide('refusedBuilds', { 'misspelled-entry': refused(misspelled), 'body-links': refused(bodyLinks) });

  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
  };
}
