import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The HTML of a built page, by its site path ("/studios/sll/"). */
export function readPage(distDir: string, path: string): string {
  return readFileSync(join(distDir, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
}

/** Every href in a page. */
export function getHrefs(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
}
