import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSiteOrThrow, ROOT, startServer, type Server } from './helpers/site';
import { serveStatic } from './helpers/static-server';

/** The sub-path the BASE_PATH build is made for. */
export const TEST_BASE = '/hallyu-abroad';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real site as `npm start` builds and serves it. */
    site: { url: string; distDir: string };
    /** The real site built with BASE_PATH=/hallyu-abroad, served by astro preview. */
    baseSite: { url: string; distDir: string; base: string };
  }
}

const servers: Server[] = [];

export default async function setup(project: TestProject) {
  // Exactly the newcomer's command: build, then serve, printing the URL.
  const port = 4321 + Math.floor(Math.random() * 300);
  const site = await startServer('npm', ['start', '--', '--port', String(port)]);
  servers.push(site);
  project.provide('site', { url: site.url, distDir: join(ROOT, 'dist') });

  const baseDist = await buildSiteOrThrow({ base: TEST_BASE });
  const baseServer = await serveStatic(baseDist, TEST_BASE);
  servers.push(baseServer);
  project.provide('baseSite', { url: baseServer.url, distDir: baseDist, base: TEST_BASE });

  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
  };
}
