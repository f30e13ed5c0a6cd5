import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

// The service worker, bundled into sw.js at the end of a build (src/integrations/service-worker.ts)
// with Workbox's runtime: its precache, routes and strategies.

/** What a build tells its worker, written at the top of sw.js. */
export interface ServiceWorkerSettings {
  /** The start of every cache name of this site, whatever the build (its base path). */
  site: string;
  /** This build's id: every cache name starts with it, and activating it deletes the other builds' caches. */
  build: string;
  /** The app shell and this build's assets, saved on install; `revision` is null for hashed file names. */
  precache: PrecacheEntry[];
  /** What saving each edition saves, by locale: its pages and its search index, relative to the worker. */
  editions: Record<string, { saved: string[]; index: string[] }>;
  /** The page shown for a page neither online nor saved, by the prefix of each edition's pages ("", "ko/"). */
  offlinePages: Record<string, string>;
}

declare const SERVICE_WORKER_SETTINGS: ServiceWorkerSettings;

/** The parts of ServiceWorkerGlobalScope used here (the project's types are the DOM's, not a worker's). */
interface WorkerScope {
  registration: { scope: string };
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'activate', listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void): void;
  addEventListener(
    type: 'message',
    listener: (event: {
      data: unknown;
      source: { postMessage(message: unknown): void } | null;
      waitUntil(promise: Promise<unknown>): void;
    }) => void,
  ): void;
}

const { site, build, precache, editions, offlinePages } = SERVICE_WORKER_SETTINGS;
const worker = self as unknown as WorkerScope;

setCacheNameDetails({ prefix: build });
void worker.skipWaiting();
clientsClaim();
// A retried load of the search code asks with ?attempt=N (src/scripts/search-box.ts): the saved copy serves it.
precacheAndRoute(precache, { ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^attempt$/] });

/** The offline page of the edition a failed navigation was for, by its path's locale prefix. */
async function getOfflinePage({ request }: { request: Request }): Promise<Response> {
  const scope = new URL(worker.registration.scope);
  const path = new URL(request.url).pathname.slice(scope.pathname.length);
  const prefix = Object.keys(offlinePages).find((edition) => edition && path.startsWith(edition)) ?? '';
  return (await caches.match(new URL(offlinePages[prefix] ?? '', scope).href, { ignoreSearch: true })) ?? Response.error();
}

registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: `${build}-pages`,
    // On a train, a connection that hangs is worse than the saved copy.
    networkTimeoutSeconds: 4,
    matchOptions: { ignoreSearch: true },
    plugins: [{ handlerDidError: getOfflinePage }],
  }),
);
registerRoute(
  ({ request, url }) => request.mode !== 'navigate' && url.origin === worker.location.origin,
  new CacheFirst({ cacheName: `${build}-assets` }),
);

const saving = new Map<string, Promise<void>>();

/** Saves an edition's pages and index once per build, when a page of it asks (src/scripts/register-service-worker.ts). */
function saveEdition(edition: string): Promise<void> {
  const plan = editions[edition];
  if (!plan) return Promise.resolve();
  const marker = new Request(`__saved-edition/${edition}`);
  return caches.open(`${build}-pages`).then(async (pages) => {
    if (await pages.match(marker)) return;
    const assets = await caches.open(`${build}-assets`);
    // One file that fails to load must not stop the others being saved.
    const save = (cache: Cache, url: string) => cache.add(new Request(url, { cache: 'no-cache' })).catch(() => undefined);
    await Promise.all([...plan.index.map((file) => save(assets, file)), ...plan.saved.map((page) => save(pages, page))]);
    await pages.put(marker, new Response(String(Date.now())));
  });
}

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
        Promise.all(names.filter((name) => name.startsWith(site) && !name.startsWith(build)).map((name) => caches.delete(name))),
      ),
  );
});
