import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The file a relative import names, trying the extensions the project's imports leave out. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  return ['', '.ts', '.astro', '/index.ts'].map((ext) => base + ext).find((path) => existsSync(path) && statSync(path).isFile());
}

/** Every project module reachable from `entries` by static or dynamic imports, and every package they name. */
function getImportGraph(entries: readonly string[]): { modules: Set<string>; packages: Map<string, string> } {
  const modules = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (modules.has(file)) continue;
    modules.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      if (specifier!.startsWith('.')) {
        const target = resolveImport(file, specifier!);
        if (target) queue.push(target);
      } else if (!specifier!.startsWith('node:')) {
        packages.set(specifier!, relative(ROOT, file));
      }
    }
  }
  return { modules, packages };
}

describe('what the pages import', () => {
  const { modules, packages } = getImportGraph(listFiles(join(ROOT, 'src/pages')));

  it('follows imports through the site (the walk itself works)', () => {
    expect([...modules].map((file) => relative(ROOT, file))).toEqual(
      expect.arrayContaining(['src/catalog/graph.ts', 'src/site/routes.ts', 'src/schemas/fields.ts', 'src/layouts/BaseLayout.astro']),
    );
  });

  it('includes no Markdown parser: the content checker and its remark stack stay build-time only', () => {
    const parsers = [...packages].filter(([name]) => /^(unified|remark-|rehype-|mdast|micromark|@mdx-js)/.test(name));
    expect(parsers.map(([name, file]) => `${name} (imported by ${file})`)).toEqual([]);
    expect([...modules].map((file) => relative(ROOT, file)).filter((file) => file.startsWith('src/checker/'))).toEqual([]);
  });
});
