import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { settings } from '../settings';
import { normalizeBase } from '../site/routes';

/** The page shown for a page that is neither online nor saved. */
const OFFLINE_PAGE = 'offline/index.html';
/** What the worker precaches besides pages: the app shell, the search index and this build's assets. */
const SHELL = ['_astro/**/*', 'search-index.json', 'manifest.webmanifest', 'icons/*', OFFLINE_PAGE];
/** Pages saved on install even past the size limit: home, search, offline. */
const SHELL_PAGES = ['./', 'search/', 'offline/'];
const WORKER = 'sw.js';
const WORKER_EXTRAS = 'sw-offline.js';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? listFiles(join(dir, item.name)) : [join(dir, item.name)],
  );
}

/** "studios/sll/index.html" -> "studios/sll/", "index.html" -> "./": URLs relative to the worker. */
function toPageUrl(file: string): string {
  const url = file.slice(0, -'index.html'.length);
  return url || './';
}

/**
 * The pages of a build (`files`: its paths, `siteBytes`: their total size) and those the worker
 * saves on install: every page while the whole site fits in `limit` bytes, else only the home,
 * search and offline pages; the rest are saved as they are visited.
 */
export function getPagesToSave(files: readonly string[], siteBytes: number, limit: number): { pages: string[]; saved: string[] } {
  const pages = files.filter((file) => file.endsWith('index.html')).map(toPageUrl);
  return { pages, saved: siteBytes <= limit ? pages : SHELL_PAGES.filter((page) => pages.includes(page)) };
}

/**
 * What the worker does beyond Workbox's precache and routes, run inside it (serialized with
 * `toString`, so it refers to nothing outside itself): save the pages on install, and on activate
 * delete every cache of this site that an older build made.
 */
function offlineExtras(settings: { site: string; build: string; pages: string[] }) {
  const worker = self as unknown as {
    addEventListener(type: 'install' | 'activate', listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void): void;
  };
  worker.addEventListener('install', (event) => {
    event.waitUntil(
      caches.open(`${settings.build}-pages`).then((cache) =>
        // One page that fails to load must not stop the others being saved.
        Promise.all(settings.pages.map((page) => cache.add(new Request(page, { cache: 'no-cache' })).catch(() => undefined))),
      ),
    );
  });
  worker.addEventListener('activate', (event) => {
    event.waitUntil(
      caches
        .keys()
        .then((names) =>
          Promise.all(
            names.filter((name) => name.startsWith(settings.site) && !name.startsWith(settings.build)).map((name) => caches.delete(name)),
          ),
        ),
    );
  });
}

/**
 * Writes the service worker at astro:build:done with Workbox's generateSW: the app shell, the
 * search index and this build's assets are precached; every page too while the whole site is
 * under OFFLINE_LIMIT_MB (past it, pages are saved as they are visited). Navigations go to the
 * network first with the saved copy as fallback, then the offline page; other same-site files
 * come from the cache first. Every cache name carries the build id, and activating a new build
 * deletes the old caches. Works under BASE_PATH: the worker sits at the base and scopes to it.
 */
export function serviceWorker(limit = settings.offlineLimitBytes): AstroIntegration {
  let base = '/';
  return {
    name: 'hallyu:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = listFiles(outDir)
          .map((path) => relative(outDir, path).split(sep).join('/'))
          .filter((file) => file !== WORKER && file !== WORKER_EXTRAS)
          .sort();
        const hash = createHash('sha256');
        let siteBytes = 0;
        for (const file of files) {
          const content = readFileSync(join(outDir, file));
          siteBytes += content.length;
          hash.update(file).update('\0').update(content);
        }
        // Names start with the site (its base path) so two sites on one origin keep their caches apart.
        const site = `hallyu${base.replace(/[^a-z0-9]+/gi, '-')}`;
        const build = `${site}${hash.digest('hex').slice(0, 12)}`;
        const { pages, saved } = getPagesToSave(files, siteBytes, limit);
        writeFileSync(join(outDir, WORKER_EXTRAS), `(${offlineExtras.toString()})(${JSON.stringify({ site, build, pages: saved })});\n`);

        const { count, size, warnings } = await generateSW({
          swDest: join(outDir, WORKER),
          globDirectory: outDir,
          globPatterns: SHELL,
          // Hashed file names change with their content: no revision needed.
          dontCacheBustURLsMatching: /^_astro\//,
          // A retried load of the search code asks with ?attempt=N (src/scripts/search-box.ts): the saved copy serves it.
          ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^attempt$/],
          maximumFileSizeToCacheInBytes: Math.max(limit, 2e6),
          cacheId: build,
          importScripts: [WORKER_EXTRAS],
          skipWaiting: true,
          clientsClaim: true,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          runtimeCaching: [
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: {
                cacheName: `${build}-pages`,
                // On a train, a connection that hangs is worse than the saved copy.
                networkTimeoutSeconds: 4,
                matchOptions: { ignoreSearch: true },
                precacheFallback: { fallbackURL: OFFLINE_PAGE },
              },
            },
            {
              urlPattern: ({ request, url }) => request.mode !== 'navigate' && url.origin === self.location.origin,
              handler: 'CacheFirst',
              options: { cacheName: `${build}-assets` },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `${WORKER}: build ${build}, ${count} files precached (${(size / 1e3).toFixed(0)} kB), ` +
            `${saved.length} of ${pages.length} pages saved on install (site ${(siteBytes / 1e6).toFixed(2)} MB, limit ${(limit / 1e6).toFixed(2)} MB)`,
        );
      },
    },
  };
}
