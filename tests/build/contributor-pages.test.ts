import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { getFields, type FieldDoc } from '../../src/schemas/fields';
import { COLLECTIONS, schemas } from '../../src/schemas';
import { getHrefs, readPage } from '../helpers/html';
import { ROOT } from '../helpers/site';

const { distDir } = inject('site');
const baseSite = inject('baseSite');

const flatten = (fields: readonly FieldDoc[]): FieldDoc[] => fields.flatMap((field) => [field, ...flatten(field.fields ?? [])]);

describe('the contributor pages', () => {
  it('link /contribute/ from the footer and the sidebar of every page', () => {
    for (const path of ['/', '/studios/sll/', '/years/']) {
      const html = readPage(distDir, path);
      expect(html, path).toMatch(/<footer class="site-footer">[\s\S]*href="\/contribute\/"/);
      expect(html, path).toMatch(/<nav aria-label="Site"[\s\S]*href="\/contribute\/"[\s\S]*<\/nav>/);
    }
  });

  it('explain adding an entry, the prose style and citing, and link the field reference', () => {
    const html = readPage(distDir, '/contribute/');
    for (const heading of ['Add an entry', 'How to write', 'How to cite']) expect(html).toContain(`>${heading}</h2>`);
    expect(html).toContain('npm run new -- &lt;kind&gt;');
    expect(getHrefs(html)).toContain('/contribute/schema/');
  });

  it('list every field of every collection in the field reference, from the schemas', () => {
    const html = readPage(distDir, '/contribute/schema/');
    for (const collection of COLLECTIONS) {
      expect(html).toContain(`<h2 id="${collection}"`);
      for (const field of flatten(getFields(schemas[collection]))) {
        expect(html, `${collection}: ${field.path}`).toMatch(
          new RegExp(`<th scope="row"[^>]*><code[^>]*>${field.path.replace(/[.[\]]/g, '\\$&')}</code>`),
        );
      }
    }
    // Allowed values and references come through as data, not prose.
    expect(html).toMatch(/<code[^>]*>co-producer<\/code>/);
    expect(getHrefs(html)).toContain('/studios/');
  });

  it('keep the spaces next to links and code: Astro 7 drops a line break beside an element', () => {
    const lostSpace = /[A-Za-z,.;:]<(?:a|code|em|strong|time)\b/g;
    for (const path of ['/contribute/', '/contribute/schema/']) {
      const main = /<main[\s\S]*<\/main>/.exec(readPage(distDir, path))![0];
      expect(main.match(lostSpace), path).toBeNull();
    }
    const entry = readPage(distDir, '/productions/mamono/');
    for (const footer of entry.match(/<footer[\s\S]*?<\/footer>/g)!) expect(footer.match(lostSpace)).toBeNull();
  });

  it('serve a JSON Schema of each collection whose fields are the schema fields', () => {
    for (const collection of COLLECTIONS) {
      const jsonSchema = JSON.parse(readFileSync(join(distDir, 'schemas', `${collection}.json`), 'utf8'));
      expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(Object.keys(jsonSchema.properties)).toEqual(getFields(schemas[collection]).map((field) => field.name));
      expect(jsonSchema.additionalProperties).toBe(false);
      expect(jsonSchema.required).toContain(collection === 'sources' ? 'language' : 'sources');
    }
  });
});

describe('an entry page', () => {
  it('links its file in the repository the site is built from, for editing', () => {
    // The BASE_PATH build runs as GitHub Actions would, with GITHUB_REPOSITORY set.
    const html = readPage(baseSite.distDir, '/productions/mamono/');
    expect(getHrefs(html)).toContain(`https://github.com/${baseSite.repository}/edit/main/content/productions/mamono.mdx`);
  });

  it('shows no edit link where no repository is configured', () => {
    const html = readPage(distDir, '/productions/mamono/');
    expect(html).not.toContain('Edit this page');
    expect(getHrefs(html).filter((href) => href.includes('/edit/'))).toEqual([]);
  });

  it('says when the file last changed, from git', () => {
    const date = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content/studios/sll.mdx'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    expect(date).not.toBe('');
    expect(readPage(distDir, '/studios/sll/')).toContain(`Last updated <time datetime="${date.slice(0, 10)}">`);
  });
});
