import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findStrayFiles, readSourceFiles } from '../../src/checker/content-files';
import { formatProblem, validateContent } from '../../src/checker/validate';

/**
 * One fixture folder per broken case, read from disk and checked through the real schemas,
 * with every message exactly as `npm run check` prints it (paths relative to the fixture).
 */
const CASES: { name: string; what: string; expected: string[] }[] = [
  {
    name: 'misspelled-entry',
    what: 'a new file with a misspelled field, an impossible date and a misspelled studio id, all at once',
    expected: [
      'productions/new-show.mdx:6  languges  unknown field (expected: one of title, originalTitle, aliases, summary, ko, ja, format, localization, markets, languages, status, premiere, seasons, credits, cast, crew, basedOn, relatedTo, awards, sources, updated)\n    did you mean `languages`?',
      'productions/new-show.mdx:7  premiere  invalid value (found: "2025-02-30", expected: a date that exists (month 01-12, a day within the month))\n    2025-02 has 28 days: check the date against the source',
      'productions/new-show.mdx:9  credits.0.studio  no studio has the id `studio-dragn` (found: `studio-dragn`, expected: a studio id from content/studios/)\n    did you mean `studio-dragon`?',
    ],
  },
  {
    name: 'wrong-types',
    what: 'values of the wrong kind and enum values outside the allowed set',
    expected: [
      'productions/new-show.mdx:4  localization  invalid value (found: "remake", expected: one of `original-local-production`, `adaptation`, `format-remake`, `co-production`, `acquisition`, `korean-original`)',
      'productions/new-show.mdx:5  markets  wrong kind of value (found: "JP", expected: a list of at least one country code (ISO 3166-1, e.g. JP))\n    write it as a list: [JP]',
      'productions/new-show.mdx:7  seasons.0.number  wrong kind of value (found: "one", expected: a whole number from 1)',
      'productions/new-show.mdx:11  credits.0.role  invalid value (found: "coproducer", expected: one of `planning`, `producer`, `co-producer`, `financier`, `broadcaster`, `streamer`, `distributor`)\n    did you mean `co-producer`?',
    ],
  },
  {
    name: 'wrong-collection',
    what: 'references into the wrong collection',
    expected: [
      'productions/new-show.mdx:7  credits.0.studio  `an-article` is a source (content/sources), but this field takes a studio (found: `an-article`, expected: a studio id from content/studios/)\n    use the id of a studio: a file name in content/studios/',
      'productions/new-show.mdx:9  sources.0  `studio-dragon` is a studio (content/studios), but this field takes a source (found: `studio-dragon`, expected: a source id from content/sources/)\n    use the id of a source: a file name in content/sources/',
      'productions/new-show.mdx:15  (body)  `studio-dragon` is a studio, not a source (found: "../../sources/studio-dragon/", expected: a link to an entry, like ../../sources/<id>/)\n    write ../../studios/studio-dragon/',
    ],
  },
  {
    name: 'no-source',
    what: 'an entry citing no source',
    expected: [
      'productions/new-show.mdx:1  sources  required field is missing (expected: a list of at least one source id from content/sources/)',
    ],
  },
  {
    name: 'duplicate-names',
    what: "an alias that is another entry's name",
    expected: [
      'studios/dragon-studio.mdx:3  aliases.0  "Studio Dragon" is also a title, name or alias of tests/fixtures/duplicate-names/studios/studio-dragon.mdx: readers and search could not tell them apart (found: "Studio Dragon", expected: a name no other entry uses)\n    remove the alias, or make it more specific (add the market or year)',
    ],
  },
  {
    name: 'parent-cycle',
    what: 'parent studios that form a cycle',
    expected: [
      'studios/alpha.mdx:6  parent  parent studios form a cycle: alpha -> beta -> alpha (found: `beta`, expected: a chain of parents that ends at a company with no parent)\n    remove `parent` from one of these studios',
    ],
  },
  {
    name: 'unsafe-urls',
    what: 'javascript: and mailto: URLs in frontmatter and body',
    expected: [
      'sources/an-article.mdx:4  url  invalid value (found: "javascript:alert(1)", expected: an absolute http:// or https:// URL)',
      'sources/an-article.mdx:9  (body)  a link may only go to an http(s) address, not a `javascript:` one (found: "javascript:alert(1)", expected: an http:// or https:// URL, or a relative link to an entry)\n    remove the link',
      'sources/an-article.mdx:9  (body)  a link may only go to an http(s) address, not a `mailto:` one (found: "mailto:desk@example.com", expected: an http:// or https:// URL, or a relative link to an entry)\n    link to a web page instead of an e-mail address',
    ],
  },
  {
    name: 'bad-file-name',
    what: 'a file name that is not an id',
    expected: [
      'sources/An_Article.mdx:1  (file name)  the file name is not a valid id (found: "An_Article", expected: lower-case letters, digits and single hyphens, ending in .mdx)\n    rename it to an-article.mdx',
    ],
  },
  {
    name: 'mdx-code',
    what: 'MDX that imports, exports, evaluates expressions or uses components and HTML',
    expected: [
      'productions/new-show.mdx:13  (body)  entries may not import or export: content never runs its own code (found: "import Chart from \'../../src/components/Chart.astro\';", expected: Markdown only)\n    remove the line; write the text in Markdown',
      'productions/new-show.mdx:16  (body)  entries may not contain `{...}` expressions: content never runs its own code (found: "{rating}", expected: plain text)\n    to write a brace as text, escape it: \\{',
      "productions/new-show.mdx:18  (body)  <Chart> is not a component the site provides (found: <Chart>, expected: Markdown, or one of the site's components (none yet))\n    remove it and write the text in Markdown",
      "productions/new-show.mdx:20  (body)  <div> is not a component the site provides (found: <div>, expected: Markdown, or one of the site's components (none yet))\n    HTML is not allowed in entries: use Markdown (**bold**, *italic*, [link](../../studios/id/), tables)",
    ],
  },
  {
    name: 'body-links',
    what: 'body links that are absolute, one level off, dangling or missing their slash, and a footnote with no definition',
    expected: [
      'productions/new-show.mdx:13  (body)  a link starting with `/` breaks when the site is served under a sub-path (found: "/studios/studio-dragon/", expected: a link relative to this page)\n    write ../../studios/studio-dragon/',
      'productions/new-show.mdx:13  (body)  a relative link must lead to an entry page (found: "../studios/studio-dragon/", expected: a link like ../../studios/studio-dragon/ or an http(s) URL)\n    write ../../studios/studio-dragon/',
      'productions/new-show.mdx:13  (body)  no studio has the id `tvm` (found: "../../studios/tvm/", expected: a link to an entry, like ../../studios/<id>/)\n    did you mean ../../studios/tvn/?',
      'productions/new-show.mdx:13  (body)  a link to an entry must end with `/` (found: "../../studios/tvn", expected: ../../studios/tvn/)\n    write ../../studios/tvn/',
      'productions/new-show.mdx:17  (body)  footnote [^2] has no definition (found: "[^2]", expected: a line [^2]: ... citing a source)\n    defined footnotes: [^1]',
    ],
  },
  {
    name: 'yaml-syntax',
    what: 'frontmatter that is not valid YAML',
    expected: [
      'productions/new-show.mdx:2  (frontmatter)  YAML: Missing closing "quote\n    check the quotes, colons and indentation on this line and the one before',
    ],
  },
  {
    name: 'stray-files',
    what: 'files outside the collection folders, nested in one, or not .mdx (a draft _file is fine)',
    expected: [
      'notes.mdx:1  (file name)  this file is not in a collection folder, so it would be left out (found: "notes.mdx", expected: tests/fixtures/stray-files/<productions|studios|musicals|people|sources>/<id>.mdx)\n    move it to tests/fixtures/stray-files/productions/notes.mdx',
      'production/new-show.mdx:1  (file name)  this file is not in a collection folder, so it would be left out (found: "production/new-show.mdx", expected: tests/fixtures/stray-files/<productions|studios|musicals|people|sources>/<id>.mdx)\n    move it to tests/fixtures/stray-files/productions/new-show.mdx',
      'productions/Other_Show.md:1  (file name)  only .mdx files are entries: this file would be left out (found: "productions/Other_Show.md", expected: tests/fixtures/stray-files/productions/<id>.mdx)\n    rename it to other-show.mdx',
      'productions/japan/new-show.mdx:1  (file name)  entries sit directly in their collection folder, not in a subfolder (found: "productions/japan/new-show.mdx", expected: tests/fixtures/stray-files/productions/<id>.mdx)\n    move it to tests/fixtures/stray-files/productions/new-show.mdx',
    ],
  },
];

describe('the content checker on broken fixtures', () => {
  for (const { name, what, expected } of CASES) {
    it(`reports ${what} (tests/fixtures/${name})`, () => {
      const folder = join('tests/fixtures', name);
      const { problems } = validateContent(readSourceFiles(folder), findStrayFiles(folder));
      expect(problems.map(formatProblem)).toEqual(expected.map((message) => `${folder}/${message}`));
    });
  }
});
