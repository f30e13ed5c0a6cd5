import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build as bundle } from 'esbuild';
import type { PrecacheEntry } from 'workbox-precaching';
import { LOCALES, type Locale } from '../i18n/locales';
import type { ServiceWorkerSettings } from '../scripts/service-worker';
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
/** An edition's pages saved even past the size limit: home, search, offline. */
const SHELL_PAGES = ['/', '/search/', '/offline/'];
const WORKER = 'sw.js';
/** The worker's code, bundled with the parts of Workbox it uses into WORKER. */
const WORKER_SOURCE = fileURLToPath(new URL('../scripts/service-worker.ts', import.meta.url));
/** The largest shell file precached on install, unless the offline limit is larger: a larger one is saved once fetched, with a warning. */
const PRECACHE_MAX_BYTES = 2e6;

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
 * Whether the worker precaches a built file on install: the app shell (the web app manifest, its
 * icons, each edition's offline page) and this build's assets. Pages and search indexes are an edition's.
 */
export function isShellFile(path: string): boolean {
  return (
    path.startsWith('_astro/') ||
    path === 'manifest.webmanifest' ||
    /^icons\/[^/]+$/.test(path) ||
    Object.values(OFFLINE_PAGES).includes(path)
  );
}

/** A file's precache entry: its revision changes with its content, except under _astro/, whose hashed names already do. */
export function getPrecacheEntry(path: string, content: Uint8Array): PrecacheEntry {
  return { url: path, revision: path.startsWith('_astro/') ? null : createHash('md5').update(content).digest('hex') };
}

/**
 * Writes the service worker at astro:build:done: the app shell and this build's assets are
 * precached; every page of an edition is saved when a reader visits it while the edition is under
 * OFFLINE_LIMIT_MB (past it, pages are saved as they are visited). Navigations go to the network
 * first with the saved copy as fallback, then the offline page; other same-site files come from
 * the cache first. Every cache name carries the build id, and activating a new build deletes the
 * old caches. Works under BASE_PATH: the worker sits at the base and scopes to it.
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
          .filter((file) => file !== WORKER)
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
        const maxBytes = Math.max(limit, PRECACHE_MAX_BYTES);
        const shell = sized.filter((file) => isShellFile(file.path));
        for (const file of shell.filter((file) => file.bytes > maxBytes)) {
          logger.warn(
            `${file.path} is ${file.bytes} bytes, more than the ${maxBytes} a file precached on install may have: it is saved once fetched instead.`,
          );
        }
        const precached = shell.filter((file) => file.bytes <= maxBytes);
        const workerSettings: ServiceWorkerSettings = {
          site,
          build,
          precache: precached.map((file) => getPrecacheEntry(file.path, readFileSync(join(outDir, file.path)))),
          editions: Object.fromEntries(Object.entries(editions).map(([locale, { saved, index }]) => [locale, { saved, index }])),
          offlinePages: OFFLINE_PAGES,
        };
        // esbuild, not Workbox's generateSW: generateSW bundles its runtime with Rollup, Babel and
        // Terser on every build (tests/bench/README.md has the figures).
        const { outputFiles } = await bundle({
          entryPoints: [WORKER_SOURCE],
          bundle: true,
          minify: true,
          format: 'iife',
          target: 'es2020',
          write: false,
          logLevel: 'silent',
          // Workbox's development logging is dropped as NODE_ENV=production drops it.
          define: { 'process.env.NODE_ENV': '"production"' },
          banner: { js: `const SERVICE_WORKER_SETTINGS = ${JSON.stringify(workerSettings)};` },
        });
        writeFileSync(join(outDir, WORKER), outputFiles[0]!.text);
        const size = precached.reduce((sum, file) => sum + file.bytes, 0);
        const saving = Object.entries(editions).map(
          ([locale, edition]) => `${locale} ${edition.saved.length} of ${edition.pages.length} (${(edition.bytes / 1e6).toFixed(2)} MB)`,
        );
        logger.info(
          `${WORKER}: build ${build}, ${precached.length} files precached (${(size / 1e3).toFixed(0)} kB); ` +
            `pages saved on a visit to each edition, limit ${(limit / 1e6).toFixed(2)} MB: ${saving.join(', ')}`,
        );
      },
    },
  };
}
