// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentValidation } from './src/integrations/content-validation.ts';
import { safeLinks } from './src/integrations/safe-links.ts';
import { schemaCache } from './src/integrations/schema-cache.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { getContentSecurityPolicy } from './src/site/csp.ts';

// BASE_PATH builds for a sub-path deploy (/hallyu-abroad); SITE_URL is the canonical origin.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [schemaCache(), contentValidation(), mdx(), safeLinks(), sitemap(), serviceWorker()],
  security: { csp: getContentSecurityPolicy() },
  // Shiki colours code with style attributes, which the CSP (no 'unsafe-inline') would block.
  markdown: { syntaxHighlight: false },
  // Writes .astro/collections/, from which the Astro VS Code extension completes and checks frontmatter.
  experimental: { contentIntellisense: true },
});
