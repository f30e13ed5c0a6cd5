// The service worker (src/integrations/service-worker.ts) keeps the site and its search working
// offline. It exists only in a build, so the dev server goes without it: MODE, not PROD, which
// follows NODE_ENV and would drop the worker from a build run with NODE_ENV=test. BASE_URL ends
// with "/" (trailingSlash: 'always'); reading it here, not through routes.ts, keeps this script
// one small inline module instead of two requests.
if (import.meta.env.MODE !== 'development' && 'serviceWorker' in navigator) {
  const base = import.meta.env.BASE_URL;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
    console.warn('Offline reading is unavailable: the service worker did not register.', error);
  });
}
