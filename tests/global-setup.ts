import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, buildSiteOrThrow, makeTempDir, ROOT, startServer, type BuildResult, type Server } from './helpers/site';
import { CHROMIUM_PATH, getChromiumVersion } from './helpers/browser';
import { serveStatic } from './helpers/static-server';

/** The sub-path the BASE_PATH build is made for. */
export const TEST_BASE = '/hallyu-abroad';
/** The repository the BASE_PATH build takes itself to be built from, as GitHub Actions says. */
export const TEST_REPOSITORY = 'hallyu-test/hallyu-abroad';
/** The SITE_URL and base path of the fixture site: neither the default origin nor the root. */
export const FIXTURE_SITE = { site: 'https://hallyu.example', base: '/sub' };

/** Fixture folders that build into one site: each scenario's entries are valid, and ids do not clash. */
const FIXTURE_SITE_SCENARIOS = ['hostile-text', 'markdown-bodies'];

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real site as `npm start` builds and serves it. */
    site: { url: string; distDir: string };
    /** The real site built with BASE_PATH=/hallyu-abroad in GitHub Actions' environment, served statically. */
    baseSite: { url: string; distDir: string; base: string; repository: string };
    /** The fixture scenarios that build, as one site under FIXTURE_SITE. */
    fixtureSite: { distDir: string };
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
 * site at the root (served by `npm start`, exactly the newcomer's command) and under BASE_PATH,
 * the fixture scenarios that build, and those the build must refuse.
 */
export default async function setup(project: TestProject) {
  // What decided the pass: browsers differ between machines (Debian's Chromium was 150 on one, 156 on another).
  console.info(`Browser tests: ${getChromiumVersion()} (${CHROMIUM_PATH}); scripts on Node ${process.version}`);
  const fixtureContent = makeTempDir('fixture-content');
  for (const scenario of FIXTURE_SITE_SCENARIOS) cpSync(join(ROOT, 'tests/fixtures', scenario), fixtureContent, { recursive: true });
  const port = 4321 + Math.floor(Math.random() * 300);

  const twoAtATime = createLimiter(2);
  const keep = (server: Server) => (servers.push(server), server);
  const tasks = [
    // No repository configured, even where CI sets GITHUB_REPOSITORY: the pages then show no edit link.
    twoAtATime(() => startServer('npm', ['start', '--', '--port', String(port)], { GITHUB_REPOSITORY: '' }).then(keep)),
    twoAtATime(() => buildSiteOrThrow({ base: TEST_BASE, env: { GITHUB_REPOSITORY: TEST_REPOSITORY } })),
    twoAtATime(() => buildSiteOrThrow({ contentDir: fixtureContent, base: FIXTURE_SITE.base, env: { SITE_URL: FIXTURE_SITE.site } })),
    twoAtATime(() => buildSite({ contentDir: join(ROOT, 'tests/fixtures/misspelled-entry') })),
    twoAtATime(() => buildSite({ contentDir: join(ROOT, 'tests/fixtures/body-links') })),
  ] as const;
  const builds = Promise.all(tasks);
  // A failed build ends the run before any teardown: once every task has settled, stop the server that did start.
  const [site, baseDist, fixtureDist, misspelled, bodyLinks] = await builds.catch(async (error: unknown) => {
    await Promise.allSettled(tasks);
    await Promise.all(servers.map((server) => server.stop()));
    throw error;
  });
  const baseServer = keep(await serveStatic(baseDist, TEST_BASE));

  project.provide('site', { url: site.url, distDir: join(ROOT, 'dist') });
  project.provide('baseSite', { url: baseServer.url, distDir: baseDist, base: TEST_BASE, repository: TEST_REPOSITORY });
  project.provide('fixtureSite', { distDir: fixtureDist });
  const refused = ({ code, output }: BuildResult) => ({ code, output });
  project.provide('refusedBuilds', { 'misspelled-entry': refused(misspelled), 'body-links': refused(bodyLinks) });

  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
  };
}
