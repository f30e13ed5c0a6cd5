import { describe, expect, it } from 'vitest';
import { getCspHash } from '../../src/site/csp';
import { scanTags } from '../helpers/html-scan';
import { auditMarkup } from '../helpers/markup-audit';

const SCRIPT = "document.documentElement.classList.add('js');";
const csp = (scripts: string) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${scripts}; style-src 'self'">`;

describe('the markup audit', () => {
  it('passes a page whose only inline script is hashed in its CSP and whose off-site links hide the referrer', () => {
    const html = `<head>${csp(`'${getCspHash(SCRIPT)}'`)}</head><body><script>${SCRIPT}</script>
      <script type="application/ld+json">{"name":"x"}</script>
      <a href="https://eiga.com/" rel="noopener noreferrer external">eiga</a><a href="/studios/">in site</a></body>`;
    expect(auditMarkup(html)).toEqual([]);
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
    expect(auditMarkup(html).map((problem) => problem.rule)).toEqual([
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
    expect(auditMarkup('<p>no policy</p>').map((p) => p.rule)).toEqual(['csp-missing']);
    expect(auditMarkup(`<head>${csp("'unsafe-inline'")}</head>`).map((p) => p.detail)).toEqual(["script-src allows 'unsafe-inline'"]);
  });
});

describe('the tag scanner', () => {
  it('decodes attributes, reads raw text and skips comments', () => {
    const tags = scanTags(`<!-- <a href="/hidden/"> --><a href='/a/?x=1&amp;y=2' data-x=bare>t</a><script>if (a<b) "</a>"</script><br/>`);
    expect(tags.map((tag) => tag.name)).toEqual(['a', 'script', 'br']);
    expect(tags[0]!.attributes).toEqual({ href: '/a/?x=1&y=2', 'data-x': 'bare' });
    expect(tags[1]!.text).toBe('if (a<b) "</a>"');
  });
});
