import type { APIRoute } from 'astro';
import { withBase } from '../site/routes';

/** Lets every crawler in and points it at the sitemap, on SITE_URL and under BASE_PATH. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
