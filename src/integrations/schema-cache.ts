import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const SCHEMA_DIR = new URL('../schemas/', import.meta.url);
// The loader decides how bodies render, and the store keeps their HTML: a change to it counts too.
const LOADER_DIR = new URL('../loaders/', import.meta.url);

/**
 * Astro keys its content cache on the text of src/content.config.ts alone, so a change to a
 * schema in src/schemas/ (a new default, say) would keep serving entries parsed by the old
 * one (withastro/astro#13253). This drops the cached data store whenever the schema files change.
 */
export function schemaCache(): AstroIntegration {
  return {
    name: 'hallyu:schema-cache',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const hash = createHash('sha256');
        for (const folder of [SCHEMA_DIR, LOADER_DIR]) {
          for (const name of readdirSync(folder).sort()) hash.update(name).update(readFileSync(new URL(name, folder)));
        }
        const digest = hash.digest('hex');
        // Builds keep the store in cacheDir, the dev server in .astro/.
        for (const dir of [config.cacheDir, new URL('.astro/', config.root)]) {
          const stamp = fileURLToPath(new URL('hallyu-schema-digest', dir));
          let previous = '';
          try {
            previous = readFileSync(stamp, 'utf8');
          } catch {
            // No stamp yet: a first build, nothing cached to distrust.
          }
          if (previous === digest) continue;
          if (previous) logger.info('Content schemas changed: clearing the cached content store');
          rmSync(fileURLToPath(new URL('data-store.json', dir)), { force: true });
          mkdirSync(fileURLToPath(dir), { recursive: true });
          writeFileSync(stamp, digest);
        }
      },
    },
  };
}
