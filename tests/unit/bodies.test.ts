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

function check(body: string) {
  const file = parseSourceFile('productions', 'content/productions/a-show.mdx', `---\ntitle: "A Show"\n---\n${body}`);
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
    const [problem] = check('\nFirst paragraph.\n\nSee [tvN](/studios/tvn/).\n');
    // Frontmatter takes lines 1-3; the body's line 4 is the file's line 7.
    expect(problem).toMatchObject({ line: 7, field: '(body)', suggestion: 'write ../../studios/tvn/' });
  });

  it('names the allowed components when a body uses JSX', () => {
    const [problem] = check('<Gallery />\n');
    expect(problem!.message).toBe('<Gallery> is not a component the site provides');
    expect(problem!.expected).toBe("Markdown, or one of the site's components (none yet)");
  });

  it('reports an MDX syntax error instead of throwing', () => {
    const [problem] = check('\nA brace { left open.\n');
    expect(problem).toMatchObject({ line: 5, field: '(body)' });
    expect(problem!.message).toMatch(/^MDX syntax: /);
  });

  it('suggests the nearest entry for a dangling link and the right collection for a misfiled one', () => {
    expect(check('[x](../../studios/studio-dragn/)\n')[0]!.suggestion).toBe('did you mean ../../studios/studio-dragon/?');
    expect(check('[x](../../people/tvn/)\n')[0]).toMatchObject({
      message: '`tvn` is a studio, not a person',
      suggestion: 'write ../../studios/tvn/',
    });
  });
});
