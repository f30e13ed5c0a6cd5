import { describe, expect, it } from 'vitest';
import { checkBody, parseBody } from '../../src/checker/rules/bodies';
import type { EntryIds } from '../../src/checker/rules/references';
import { parseSourceFile } from '../../src/checker/content-files';
import { COLLECTIONS, type CollectionName } from '../../src/schemas';

const ids: EntryIds = new Map<CollectionName, Set<string>>([
  ...COLLECTIONS.map((name) => [name, new Set<string>()] as [CollectionName, Set<string>]),
  ['studios', new Set(['studio-dragon', 'tvn'])],
  ['sources', new Set(['an-article'])],
]);

/** The footnote every paragraph of a test body cites. */
const CITED = '\n\n[^1]: [An article](../../sources/an-article/).\n';

function check(body: string) {
  const file = parseSourceFile(
    'productions',
    'content/productions/a-show.mdx',
    `---\ntitle: "A Show"\nsources: [an-article]\n---\n${body}`,
  );
  return checkBody(file, ids);
}

describe('parseBody', () => {
  it('parses GFM through remark-gfm: a table and a footnote', () => {
    const tree = parseBody('| Season | Year |\n| --- | --- |\n| 1 | 2023 |\n\nReleased in 2023.[^1]\n\n[^1]: A source.\n');
    const types = new Set<string>();
    const visit = (node: { type: string; children?: unknown[] }) => {
      types.add(node.type);
      for (const child of node.children ?? []) visit(child as typeof node);
    };
    visit(tree);
    expect([...types]).toEqual(expect.arrayContaining(['table', 'tableRow', 'tableCell', 'footnoteReference', 'footnoteDefinition']));
  });
});

describe('checkBody', () => {
  it('accepts Markdown, GFM, MDX comments and links to entries that exist', () => {
    expect(
      check(
        '{/* a note to editors */}\n\nMade by [Studio Dragon](../../studios/studio-dragon/#japan) ([all studios](../../studios/)).[^1]\n\n' +
          '| a | b |\n| - | - |\n| ~~c~~ | https://example.com |\n\n[^1]: [An article](../../sources/an-article/), [online](https://example.com/a).\n',
      ),
    ).toEqual([]);
  });

  it("gives the file's own line numbers", () => {
    const [problem] = check(`\nFirst paragraph.[^1]\n\nSee [tvN](/studios/tvn/).[^1]${CITED}`);
    // Frontmatter takes lines 1-4; the body's line 4 is the file's line 8.
    expect(problem).toMatchObject({ line: 8, field: '(body)', suggestion: 'write ../../studios/tvn/' });
  });

  it('names the allowed components when a body uses JSX', () => {
    const [problem] = check('<Gallery />\n');
    expect(problem!.message).toBe('<Gallery> is not a component the site provides');
    expect(problem!.expected).toBe("Markdown, or one of the site's components (none yet)");
  });

  it('reports an MDX syntax error instead of throwing', () => {
    const [problem] = check('\nA brace { left open.\n');
    expect(problem).toMatchObject({ line: 6, field: '(body)' });
    expect(problem!.message).toMatch(/^MDX syntax: /);
  });

  it('suggests the nearest entry for a dangling link and the right collection for a misfiled one', () => {
    expect(check(`[x](../../studios/studio-dragn/)[^1]${CITED}`)[0]!.suggestion).toBe('did you mean ../../studios/studio-dragon/?');
    expect(check(`[x](../../people/tvn/)[^1]${CITED}`)[0]).toMatchObject({
      message: '`tvn` is a studio, not a person',
      suggestion: 'write ../../studios/tvn/',
    });
  });

  it('wants a footnote in every paragraph, to a source the frontmatter lists', () => {
    expect(check('Made in Japan.\n').map((problem) => problem.message)).toEqual(['a paragraph cites no source']);
    expect(check('Made in Japan.[^1]\n\n[^1]: A newspaper, 2025.\n').map((problem) => problem.message)).toEqual([
      'footnote [^1] links no source entry',
    ]);
    expect(check('Made in Japan.[^1]\n\n[^1]: [A paper](../../sources/other-article/).\n')[0]).toMatchObject({
      message: "footnote [^1] cites `other-article`, which the frontmatter's `sources` does not list",
      suggestion: 'add other-article to `sources`',
    });
    expect(check(`Made in Japan.[^1]${CITED}`)).toEqual([]);
  });

  it('asks no footnotes of a source entry, which is the citation', () => {
    const file = parseSourceFile('sources', 'content/sources/an-article.mdx', '---\ntitle: "An article"\n---\nA report on a show.\n');
    expect(checkBody(file, ids)).toEqual([]);
  });
});
