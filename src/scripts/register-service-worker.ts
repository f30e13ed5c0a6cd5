// The service worker (src/integrations/service-worker.ts) keeps the site and its search working
// offline. It exists only in a build, so the dev server goes without it: MODE, not PROD, which
// follows NODE_ENV and would drop the worker from a build run with NODE_ENV=test. BASE_URL ends
// with "/" (trailingSlash: 'always'); reading it here, not through routes.ts, keeps this script
// one small inline module instead of two requests.
// Once it runs, the page asks it to save this page's edition (`<html lang>`) for reading offline;
// with Save-Data on, it asks nothing, and pages are saved only as they are visited. When the
// edition is saved, <html> carries data-offline-saved.
if (import.meta.env.MODE !== 'development' && 'serviceWorker' in navigator) {
  const base = import.meta.env.BASE_URL;
  const root = document.documentElement;
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
  navigator.serviceWorker.addEventListener('message', ({ data }: MessageEvent<{ type?: string; edition?: string }>) => {
    if (data.type === 'edition-saved' && data.edition === root.lang) root.dataset['offlineSaved'] = data.edition;
  });
  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      if (!saveData) registration.active?.postMessage({ type: 'save-edition', edition: root.lang });
    })
    .catch((error: unknown) => {
      console.warn('Offline reading is unavailable: the service worker did not register.', error);
    });
}
