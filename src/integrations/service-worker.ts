import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type * as Workbox from 'workbox-build';
import { LOCALES, type Locale } from '../i18n/locales';
import { settings } from '../settings';
import { SEARCH_INDEX_PATH } from '../search/search-engine';
import { getPathLocale, localizePath, normalizeBase } from '../site/routes';

/** The page shown for a page that is neither online nor saved, by the prefix of each edition's pages ("", "ko/"). */
const OFFLINE_PAGES = Object.fromEntries(
  LOCALES.map((locale) => {
    const prefix = localizePath('/', locale).slice(1);
    return [prefix, `${prefix}offline/index.html`];
  }),
);
/** What the worker precaches on install: the app shell (each edition's offline page) and this build's assets. Pages and search indexes are an edition's. */
const SHELL = ['_astro/**/*', 'manifest.webmanifest', 'icons/*', ...Object.values(OFFLINE_PAGES)];
/** An edition's pages saved even past the size limit: home, search, offline. */
const SHELL_PAGES = ['/', '/search/', '/offline/'];
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

/** What the worker saves of one edition when a reader visits it. */
export interface EditionToSave {
  /** Every page of the edition, relative to the worker. */
  pages: string[];
  /** The pages saved at once: all of them while the edition fits the limit, else its home, search and offline pages. */
  saved: string[];
  /** Every file of the edition's search index, so search works offline. */
  index: string[];
  /** The size of its pages and index. */
  bytes: number;
}

/**
 * What each edition saves for reading offline, from the built files and their sizes: a reader of
 * one edition saves that edition, not all three (the three together are three times the size).
 */
export function getEditionsToSave(files: readonly { path: string; bytes: number }[], limit: number): Record<Locale, EditionToSave> {
  return Object.fromEntries(
    LOCALES.map((locale) => {
      const own = files.filter((file) => getPathLocale(file.path) === locale);
      const folder = localizePath(SEARCH_INDEX_PATH, locale).slice(1);
      const indexFiles = own.filter((file) => file.path.startsWith(folder));
      const pageFiles = own.filter((file) => file.path.endsWith('index.html'));
      const bytes = [...pageFiles, ...indexFiles].reduce((sum, file) => sum + file.bytes, 0);
      const index = indexFiles.map((file) => file.path);
      const pages = pageFiles.map((file) => toPageUrl(file.path));
      const shell = SHELL_PAGES.map((page) => toPageUrl(`${localizePath(page, locale).slice(1)}index.html`));
      return [locale, { pages, saved: bytes <= limit ? pages : shell.filter((page) => pages.includes(page)), index, bytes }];
    }),
  ) as Record<Locale, EditionToSave>;
}

/**
 * What the worker does beyond Workbox's precache and routes, run inside it (serialized with
 * `toString`, so it refers to nothing outside itself): save an edition when a page of it asks
 * (src/scripts/register-service-worker.ts), once per build, and tell the page; on activate,
 * delete every cache of this site that an older build made.
 */
function offlineExtras(settings: {
  site: string;
  build: string;
  editions: Record<string, { saved: string[]; index: string[] }>;
  offlinePages: Record<string, string>;
}) {
  // For the navigation route's fallback (offlinePage below), which Workbox serializes apart.
  (self as unknown as { hallyuOfflinePages: Record<string, string> }).hallyuOfflinePages = settings.offlinePages;
  const worker = self as unknown as {
    addEventListener(type: 'activate', listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void): void;
    addEventListener(
      type: 'message',
      listener: (event: {
        data: unknown;
        source: { postMessage(message: unknown): void } | null;
        waitUntil(promise: Promise<unknown>): void;
      }) => void,
    ): void;
  };
  const saving = new Map<string, Promise<void>>();
  const saveEdition = (edition: string): Promise<void> => {
    const plan = settings.editions[edition];
    if (!plan) return Promise.resolve();
    const marker = new Request(`__saved-edition/${edition}`);
    return caches.open(`${settings.build}-pages`).then(async (pages) => {
      if (await pages.match(marker)) return;
      const assets = await caches.open(`${settings.build}-assets`);
      // One file that fails to load must not stop the others being saved.
      const save = (cache: Cache, url: string) => cache.add(new Request(url, { cache: 'no-cache' })).catch(() => undefined);
      await Promise.all([...plan.index.map((file) => save(assets, file)), ...plan.saved.map((page) => save(pages, page))]);
      await pages.put(marker, new Response(String(Date.now())));
    });
  };
  worker.addEventListener('message', (event) => {
    const message = event.data as { type?: string; edition?: string } | null;
    if (message?.type !== 'save-edition' || typeof message.edition !== 'string') return;
    const edition = message.edition;
    let done = saving.get(edition);
    if (!done) saving.set(edition, (done = saveEdition(edition)));
    event.waitUntil(done.then(() => event.source?.postMessage({ type: 'edition-saved', edition })));
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
 * The offline page of the edition a failed navigation was for (its path's locale prefix): a
 * Workbox plugin that Workbox serializes into the worker with `toString`, so it refers to nothing
 * outside itself but the pages offlineExtras set and the precache.
 */
const offlinePage = {
  handlerDidError: async ({ request }: { request: Request }) => {
    const worker = self as unknown as { registration: { scope: string }; hallyuOfflinePages: Record<string, string> };
    const scope = new URL(worker.registration.scope);
    const path = new URL(request.url).pathname.slice(scope.pathname.length);
    const pages = worker.hallyuOfflinePages;
    const prefix = Object.keys(pages).find((edition) => edition && path.startsWith(edition)) ?? '';
    return (await caches.match(new URL(pages[prefix] ?? '', scope).href, { ignoreSearch: true })) ?? Response.error();
  },
};

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
        const sized = files.map((file) => {
          const content = readFileSync(join(outDir, file));
          hash.update(file).update('\0').update(content);
          return { path: file, bytes: content.length };
        });
        // Names start with the site (its base path) so two sites on one origin keep their caches apart.
        const site = `hallyu${base.replace(/[^a-z0-9]+/gi, '-')}`;
        const build = `${site}${hash.digest('hex').slice(0, 12)}`;
        const editions = getEditionsToSave(sized, limit);
        const plans = Object.fromEntries(Object.entries(editions).map(([locale, { saved, index }]) => [locale, { saved, index }]));
        writeFileSync(
          join(outDir, WORKER_EXTRAS),
          `(${offlineExtras.toString()})(${JSON.stringify({ site, build, editions: plans, offlinePages: OFFLINE_PAGES })});\n`,
        );

        // Loaded here, not with the config: Workbox brings Rollup, Babel and Terser, 0.8 CPU-seconds
        // of loading that `astro dev`, `astro preview`, `astro check` and a refused build never use.
        // Required, not imported: Vite's module runner, which loaded this file, is closed by now.
        const { generateSW } = createRequire(import.meta.url)('workbox-build') as typeof Workbox;
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
                plugins: [offlinePage],
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
        const saving = Object.entries(editions).map(
          ([locale, edition]) => `${locale} ${edition.saved.length} of ${edition.pages.length} (${(edition.bytes / 1e6).toFixed(2)} MB)`,
        );
        logger.info(
          `${WORKER}: build ${build}, ${count} files precached (${(size / 1e3).toFixed(0)} kB); ` +
            `pages saved on a visit to each edition, limit ${(limit / 1e6).toFixed(2)} MB: ${saving.join(', ')}`,
        );
      },
    },
  };
}
