// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentValidation } from './src/integrations/content-validation.ts';
import { safeLinks } from './src/integrations/safe-links.ts';
import { localizedFootnotes } from './src/integrations/localized-footnotes.ts';
import { schemaCache } from './src/integrations/schema-cache.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { settings } from './src/settings.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';
import { getContentSecurityPolicy } from './src/site/csp.ts';

// Environment variables (SITE_URL, BASE_PATH, OUT_DIR ...) are read and checked in src/settings.ts.
export default defineConfig({
  site: settings.siteUrl,
  base: settings.basePath,
  trailingSlash: 'always',
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  // Editions: English at /, the others under /<locale>/ (pages in src/pages/[...locale]/).
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  integrations: [
    schemaCache(),
    contentValidation(),
    mdx(),
    safeLinks(),
    localizedFootnotes(),
    sitemap({ i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((locale) => [locale, locale])) } }),
    serviceWorker(),
  ],
  security: { csp: getContentSecurityPolicy() },
  // The search code is built as self-contained ES modules (`?worker&url` in src/scripts/search-box.ts)
  // so a failed load can be retried under a new address.
  vite: { worker: { format: 'es' } },
  // Shiki colours code with style attributes, which the CSP (no 'unsafe-inline') would block.
  markdown: { syntaxHighlight: false },
  // Writes .astro/collections/, from which the Astro VS Code extension completes and checks frontmatter.
  experimental: { contentIntellisense: true },
});
