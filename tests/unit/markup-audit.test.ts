import { describe, expect, it } from 'vitest';
import { getCspHash } from '../../src/site/csp';
import { parseElements, parseHead } from '../helpers/html-scan';
import { auditMarkup } from '../helpers/markup-audit';

const SCRIPT = "document.documentElement.classList.add('js');";
const csp = (scripts: string) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${scripts}; style-src 'self'">`;

describe('the markup audit', () => {
  it('passes a page whose only inline script is hashed in its CSP and whose off-site links hide the referrer', () => {
    const html = `<head>${csp(`'${getCspHash(SCRIPT)}'`)}</head><body><script>${SCRIPT}</script>
      <script type="application/ld+json">{"name":"x"}</script>
      <a href="https://eiga.com/" rel="noopener noreferrer external">eiga</a><a href="/studios/">in site</a></body>`;
    expect(auditMarkup(parseElements(html))).toEqual([]);
  });

  it('catches handlers, script URLs, style attributes, unhashed scripts and off-site links that leak', () => {
    const html = `<head>${csp('')}</head><body>
      <img src="x.png" alt="" onerror="alert(1)">
      <a href=" javascript:alert(1)">x</a>
      <form action="javascript:void 0"><button formaction="javascript:alert(2)">go</button></form>
      <p style="color:red">red</p>
      <script>alert(3)</script>
      <a href="https://example.org/">leaks</a>
      <a href="//example.org/" rel="noopener">half</a></body>`;
    expect(auditMarkup(parseElements(html)).map((problem) => problem.rule)).toEqual([
      'event-handler',
      'script-url',
      'script-url',
      'script-url',
      'style-attribute',
      'inline-script',
      'external-rel',
      'external-rel',
    ]);
  });

  it('requires a CSP, and one without unsafe script sources', () => {
    expect(auditMarkup(parseElements('<p>no policy</p>')).map((p) => p.rule)).toEqual(['csp-missing']);
    expect(auditMarkup(parseElements(`<head>${csp("'unsafe-inline'")}</head>`)).map((p) => p.detail)).toEqual([
      "script-src allows 'unsafe-inline'",
    ]);
  });
});

describe('the element parser', () => {
  it('builds the elements a browser builds: implied ones, decoded attributes, raw script text, no comments', () => {
    const tags = parseElements(
      `<!-- <a href="/hidden/"> --><a href='/a/?x=1&amp;y=2' data-x=bare>t</a><script>if (a<b) "</a>"</script><br/>`,
    );
    expect(tags.map((tag) => tag.name)).toEqual(['html', 'head', 'body', 'a', 'script', 'br']);
    expect(tags[3]).toEqual({ name: 'a', attributes: { href: '/a/?x=1&y=2', 'data-x': 'bare' }, text: 't' });
    expect(tags[4]!.text).toBe('if (a<b) "</a>"');
  });

  it('finds an element only where a browser makes one', () => {
    // Text in a title stays text; in SVG a style element is no raw-text element, and an img breaks out of it.
    const tags = parseElements('<title><img src=a></title><svg><style><img src=b></style></svg>');
    expect(tags.filter((tag) => tag.name === 'img').map((tag) => tag.attributes['src'])).toEqual(['b']);
    expect(tags.find((tag) => tag.name === 'title')!.text).toBe('<img src=a>');
  });

  it('reads a page head alone, as the whole page would give it', () => {
    const page =
      '<html lang="ko"><head><link rel="canonical" href="/a/"><title>A</title></head><body><link rel="canonical" href="/b/"></body></html>';
    const head = parseHead(page);
    expect(head.map((tag) => tag.name)).toEqual(['html', 'head', 'link', 'title', 'body']);
    expect(head.slice(0, 4)).toEqual(parseElements(page).slice(0, 4));
  });
});
