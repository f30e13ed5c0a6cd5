import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../helpers/html';

// tests/fixtures/markdown-bodies, built into the sub-path site.
const html = readPage(inject('baseSite').distDir, '/productions/a-show/');

// Bodies are MDX files rendered as Markdown (src/loaders/markdown-glob.ts): everything the
// checker admits must come out as MDX would render it.
describe('an entry body', () => {
  it('renders GFM tables, footnotes, headings and links', () => {
    expect(html).toMatch(/<table>[\s\S]*<th[^>]*>Season<\/th>/);
    expect(html).toMatch(/<section[^>]*data-footnotes/);
    expect(html).toMatch(/<h2 id="seasons"/);
    expect(html).toContain('<a href="../../studios/a-studio/">A Studio</a>');
    expect(html).toMatch(/<a href="https:\/\/example\.org\/paper" rel="noopener noreferrer external">/);
  });

  it('shows nothing of an MDX comment, and escaped braces as braces', () => {
    expect(html).not.toContain('A note for editors');
    expect(html).not.toContain('/*');
    expect(html).toContain('{like this}');
  });
});
