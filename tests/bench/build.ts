import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../helpers/site';
import { withPeakRss } from './measure';

/** One measured build. */
export interface BuildRun {
  wallMs: number;
  pages: number;
  peakRssBytes: number;
  outDir: string;
}

/** HTML pages under a built folder. */
export function countPages(outDir: string): number {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html')).length;
}

/**
 * Builds `contentDir` with the real site build (same astro.config.mjs, content from
 * CONTENT_DIR) into `outDir` with Astro's cache in `cacheDir`, timing it and sampling the
 * build's process tree for peak RSS. A failed build throws with the build's own output.
 */
export async function measureBuild(contentDir: string, outDir: string, cacheDir: string): Promise<BuildRun> {
  const start = performance.now();
  const { result, peakRssBytes } = await withPeakRss(() => buildSite({ contentDir, outDir, env: { ASTRO_CACHE_DIR: cacheDir } }));
  const wallMs = performance.now() - start;
  if (result.code !== 0)
    throw new Error(`bench: astro build of ${contentDir} failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
  return { wallMs, pages: countPages(outDir), peakRssBytes, outDir };
}

/** Edits one entry the way a contributor would (a sentence more in its body), so a rebuild has something to do. */
export function touchEntry(contentDir: string, collection = 'productions'): string {
  const folder = join(contentDir, collection);
  const name = readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .sort()[0];
  if (!name) throw new Error(`bench: no entry in ${folder} to change`);
  const path = join(folder, name);
  // Cited, as the checker asks of every paragraph: every generated production defines [^1].
  writeFileSync(path, `${readFileSync(path, 'utf8')}\nA sentence added to measure an incremental build.[^1]\n`);
  return path;
}
