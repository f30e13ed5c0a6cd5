import { describe, expect, it } from 'vitest';
import { parseSourceFile, readSourceFiles } from '../../src/checker/content-files';
import { checkBodies } from '../../src/checker/rules/bodies';
import { formatProblem, getEntryIds, validateContent } from '../../src/checker/validate';
import { COLLECTIONS, type CollectionName } from '../../src/schemas';

const SOURCE = `---
title: "An article"
publisher: "A paper"
language: en
---
`;

const STUDIO = `---
name: "Studio Dragon"
summary: "A South Korean production studio."
country: KR
kinds: [studio]
sources: [an-article]
---
`;

function file(collection: CollectionName, id: string, text: string) {
  return parseSourceFile(collection, `content/${collection}/${id}.mdx`, text);
}

function production(frontmatter: string) {
  return file(
    'productions',
    'test-show',
    `---
title: "Test Show"
summary: "A production used by the tests."
localization: adaptation
markets: [JP]
${frontmatter}
status: announced
---

Body.[^1]

[^1]: [An article](../../sources/an-article/).
`,
  );
}

function check(...files: ReturnType<typeof file>[]) {
  return validateContent([file('sources', 'an-article', SOURCE), file('studios', 'studio-dragon', STUDIO), ...files]);
}

describe('translations', () => {
  const translation = (id: string, body: string, frontmatter = '') =>
    parseSourceFile('productions', `content/ko/productions/${id}.mdx`, `${frontmatter}${body}`, 'ko');
  const original = file(
    'productions',
    'new-show',
    `---
title: "New Show"
summary: "A series for the test."
status: announced
localization: adaptation
markets: [JP]
credits:
  - studio: studio-dragon
    role: producer
sources:
  - an-article
---

A fact.[^1]

[^1]: [An article](../../sources/an-article/).
`,
  );
  const report = (...files: ReturnType<typeof file>[]) => check(original, ...files).problems.map(formatProblem);

  it('accepts a faithful translation: the same footnotes to the same sources, no frontmatter', () => {
    expect(report(translation('new-show', '사실.[^1]\n\n[^1]: [An article](../../sources/an-article/).\n'))).toEqual([]);
  });

  it('refuses a translation of no entry, with the nearest id', () => {
    expect(report(translation('new-shw', '사실.[^1]\n\n[^1]: [An article](../../sources/an-article/).\n'))).toEqual([
      'content/ko/productions/new-shw.mdx:1  (file name)  a translation of a production that is not in the catalog (found: "new-shw", expected: the id of an entry in content/productions/)\n    did you mean new-show.mdx?',
    ]);
  });

  it('holds a translation to the sources of its original: a paragraph without one, and a source it drops', () => {
    const problems = report(translation('new-show', '사실.\n'));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('a paragraph cites no source');
    expect(problems[1]).toContain('a translation cites the sources its original cites, no more and no fewer (found: missing an-article');
  });

  it('keeps names and summaries out of a translation file', () => {
    const problems = report(
      translation('new-show', '사실.[^1]\n\n[^1]: [An article](../../sources/an-article/).\n', '---\nsummary: "요약"\n---\n'),
    );
    expect(problems).toEqual([
      'content/ko/productions/new-show.mdx:1  (frontmatter)  a translation holds only the translated text (found: `summary`, expected: no frontmatter)\n    put the name and summary in content/productions/new-show.mdx, under `ko:`',
    ]);
  });

  it('names a misspelt edition block with the blocks there are', () => {
    const problems = check(
      file(
        'studios',
        'a-studio',
        `---
name: "A Studio"
summary: "A studio for the test."
jp:
  summary: "テスト"
country: KR
kinds: [studio]
sources:
  - an-article
---
`,
      ),
    ).problems.map(formatProblem);
    expect(problems.join('\n')).toMatch(/jp .*unknown field/);
    expect(problems.join('\n')).toContain('did you mean `ja`?');
  });
});

describe('validateContent on the real content', () => {
  const files = readSourceFiles('content');
  const { problems, entries } = validateContent(files);

  it('accepts every seed entry, and every translation', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries).toHaveLength(files.filter((file) => !file.locale).length);
    expect(files.filter((file) => file.locale).length).toBeGreaterThanOrEqual(16);
  });

  it('has every collection', () => {
    for (const collection of COLLECTIONS) {
      expect(
        entries.some((entry) => entry.collection === collection),
        collection,
      ).toBe(true);
    }
  });
});

describe('validateContent on broken entries', () => {
  it('names the file, line, field, missing id and the nearest id for a dangling reference', () => {
    const { problems } = check(
      production(`credits:
  - studio: studio-dragn
    role: producer
sources: [an-article]`),
    );
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toBe(
      'content/productions/test-show.mdx:7  credits.0.studio  no studio has the id `studio-dragn` ' +
        '(found: `studio-dragn`, expected: a studio id from content/studios/)\n    did you mean `studio-dragon`?',
    );
  });

  it('says when a reference points into the wrong collection', () => {
    const { problems } = check(
      production(`credits:
  - studio: an-article
    role: producer
sources: [an-article]`),
    );
    expect(problems[0]!.message).toBe('`an-article` is a source (content/sources), but this field takes a studio');
  });

  it('rejects an unknown field and suggests the right one', () => {
    const { problems } = check(
      production(`titel: "Typo"
credits: [{ studio: studio-dragon, role: producer }]
sources: [an-article]`),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'titel', message: 'unknown field', suggestion: 'did you mean `title`?', line: 6 });
  });

  it('rejects an entry citing no source', () => {
    const { problems } = check(production(`credits: [{ studio: studio-dragon, role: producer }]`));
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'sources',
        message: 'required field is missing',
        expected: 'a list of at least one source id from content/sources/',
      }),
    ]);
  });

  it('rejects an enum value with the allowed ones and the nearest', () => {
    const { problems } = check(
      production(`credits: [{ studio: studio-dragon, role: coproducer }]
sources: [an-article]`),
    );
    expect(problems[0]).toMatchObject({ field: 'credits.0.role', found: '"coproducer"', suggestion: 'did you mean `co-producer`?' });
    expect(problems[0]!.expected).toContain('`co-producer`');
  });

  it('rejects an impossible date', () => {
    const { problems } = check(
      production(`premiere: "2025-02-30"
credits: [{ studio: studio-dragon, role: producer }]
sources: [an-article]`),
    );
    expect(problems[0]).toMatchObject({ field: 'premiere', found: '"2025-02-30"' });
    expect(problems[0]!.expected).toContain('a date that exists');
  });

  it('rejects an alias that another entry already uses', () => {
    const { problems } = check(
      production(`aliases: ["studio-dragon"]
credits: [{ studio: studio-dragon, role: producer }]
sources: [an-article]`),
    );
    expect(problems[0]!.field).toBe('aliases.0');
    expect(problems[0]!.message).toContain('content/studios/studio-dragon.mdx');
  });

  it('rejects a parent cycle', () => {
    const a = file('studios', 'alpha', STUDIO.replace('Studio Dragon', 'Alpha').replace('kinds', 'parent: beta\nkinds'));
    const b = file('studios', 'beta', STUDIO.replace('Studio Dragon', 'Beta').replace('kinds', 'parent: alpha\nkinds'));
    const { problems } = check(a, b);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('parent studios form a cycle: alpha -> beta -> alpha');
  });

  it('rejects a file name that is not an id', () => {
    const { problems } = validateContent([file('sources', 'An_Article', SOURCE)]);
    expect(problems[0]).toMatchObject({ field: '(file name)', suggestion: 'rename it to an-article.mdx' });
  });

  it('rejects a javascript: URL', () => {
    const { problems } = validateContent([
      file('sources', 'an-article', SOURCE.replace('language', 'url: "javascript:alert(1)"\nlanguage')),
    ]);
    expect(problems[0]).toMatchObject({ field: 'url', expected: 'an absolute http:// or https:// URL' });
  });
});

describe('validateContent without bodies', () => {
  // The build checks bodies apart, on a worker thread: the split must lose nothing.
  const broken = production('credits: [{ studio: studio-dragn, role: producer }]\nsources: [an-article]');
  const badBody = file(
    'studios',
    'tvn',
    `${STUDIO.replace('Studio Dragon', 'tvN')}\nSee [the studio](../../studios/studio-dragn/).[^1]\n\n[^1]: [An article](../../sources/an-article/).\n`,
  );
  const files = [file('sources', 'an-article', SOURCE), file('studios', 'studio-dragon', STUDIO), broken, badBody];

  it('leaves the bodies to checkBodies, which finds what the whole check finds in them', () => {
    const all = validateContent(files).problems.map(formatProblem);
    const frontmatter = validateContent(files, [], { bodies: false }).problems.map(formatProblem);
    const bodies = checkBodies(files, getEntryIds(files)).map(formatProblem);
    expect(frontmatter).toHaveLength(1);
    expect(frontmatter[0]).toContain('credits.0.studio');
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toContain('content/studios/tvn.mdx:9  (body)  no studio has the id `studio-dragn`');
    expect([...frontmatter, ...bodies].sort()).toEqual([...all].sort());
  });
});

describe('claims against their sources', () => {
  const source = (id: string, fields: string) =>
    file('sources', id, `---\ntitle: "An article"\npublisher: "A paper"\nlanguage: en\n${fields}\n---\n`);
  const show = (fields: string, sources: string[]) =>
    file(
      'productions',
      'test-show',
      `---\ntitle: "Test Show"\nsummary: "A production used by the tests."\nlocalization: adaptation\nmarkets: [JP]\n${fields}\ncredits:\n  - studio: studio-dragon\n    role: producer\nsources: [${sources.join(', ')}]\n---\n`,
    );
  const problemsOf = (...files: ReturnType<typeof file>[]) =>
    validateContent([file('sources', 'an-article', SOURCE), file('studios', 'studio-dragon', STUDIO), ...files], [], {
      bodies: false,
    }).problems.map(formatProblem);

  it('refuses a released premiere that every cited source predates, naming the date, the latest source and the fix', () => {
    const problems = problemsOf(
      source('preview', 'published: "2025-05-22"'),
      source('undated', ''),
      show('status: released\npremiere: "2025-07"', ['preview', 'undated']),
    );
    expect(problems).toEqual([
      'content/productions/test-show.mdx:7  premiere  says it premiered on 2025-07, but no cited source was published on or after that date (found: latest source `preview`, published 2025-05-22, expected: a cited source published on or after 2025-07 that reports it)\n' +
        '    cite a page published after the event that reports it, or mark it as planned (`status: announced`) and word the body "was set to"',
    ]);
  });

  it('accepts the same premiere announced, or released with a source from the month it premiered', () => {
    expect(problemsOf(source('preview', 'published: "2025-05-22"'), show('status: announced\npremiere: "2025-07"', ['preview']))).toEqual(
      [],
    );
    expect(problemsOf(source('review', 'published: "2025-07-31"'), show('status: released\npremiere: "2025-07"', ['review']))).toEqual([]);
  });

  it('holds seasons, listed as released, to the sources whatever the status', () => {
    const problems = problemsOf(
      source('preview', 'published: "2024-01-09"'),
      show(
        'status: released\npremiere: "2022-04-07"\nseasons:\n  - number: 1\n    premiere: "2022-04-07"\n  - number: 2\n    premiere: "2024-02-08"',
        ['preview'],
      ),
    );
    expect(problems.map((problem) => problem.split('  ').slice(0, 2).join('  '))).toEqual([
      'content/productions/test-show.mdx:12  seasons.1.premiere',
    ]);
  });

  it('refuses a source on a staging host, an aggregator or a replica edition, with the reason and where the copy goes', () => {
    const problems = problemsOf(
      source('staging', 'url: "https://stg.tbivision.com/2021/06/02/a"\naccessed: "2026-11-29"'),
      source('syndicated', 'url: "https://uk.news.yahoo.com/a-150100286.html"\naccessed: "2026-11-29"'),
      source('replica', 'url: "https://www.pressreader.com/usa/los-angeles-times/20210721/1"\naccessed: "2026-11-29"'),
      source('kept', 'via: { publisher: "Yahoo News", url: "https://uk.news.yahoo.com/a-150100286.html" }\naccessed: "2026-11-29"'),
    );
    expect(problems).toEqual([
      "content/sources/staging.mdx:5  url  is on stg.tbivision.com, a staging or preview host: its pages are drafts that move or vanish (found: https://stg.tbivision.com/2021/06/02/a, expected: the publisher's own page)\n" +
        "    use the publisher's public address for the same page",
      "content/sources/syndicated.mdx:5  url  is on uk.news.yahoo.com, an aggregator that republishes other publishers' articles (found: https://uk.news.yahoo.com/a-150100286.html, expected: the publisher's own page)\n" +
        "    give the publisher's own page as `url`, and record this copy as `via: { publisher, url }` (leave `url` out if the original cannot be found)",
      "content/sources/replica.mdx:5  url  is on www.pressreader.com, a replica edition of a newspaper, not the publisher's own page (found: https://www.pressreader.com/usa/los-angeles-times/20210721/1, expected: the publisher's own page)\n" +
        "    give the publisher's own page as `url`, and record this copy as `via: { publisher, url }` (leave `url` out if the original cannot be found)",
    ]);
  });

  it('needs the date a web source was read, and an archive on a web archive', () => {
    const problems = problemsOf(
      source('unread', 'url: "https://example.org/a"'),
      source('archived', 'url: "https://example.org/b"\naccessed: "2026-11-29"\narchive: "https://example.org/copy"'),
      source('partly', 'url: "https://example.org/c"\naccessed: "2026-11"'),
      source(
        'kept',
        'url: "https://example.org/d"\naccessed: "2026-11-29"\narchive: "https://web.archive.org/web/2026/https://example.org/d"',
      ),
    );
    expect(problems.map((problem) => problem.split('\n')[0]!.split('  ').slice(0, 3).join('  '))).toEqual([
      'content/sources/unread.mdx:5  url  has no `accessed` date: a reader cannot tell when the page last said what the entry cites it for (expected: `accessed: YYYY-MM-DD`, the day you read it)',
      'content/sources/archived.mdx:7  archive  is not on a web archive (found: https://example.org/copy, expected: a web.archive.org or archive.today URL)',
      'content/sources/partly.mdx:6  accessed  invalid value (found: "2026-11", expected: a full date as YYYY-MM-DD)',
    ]);
  });
});
