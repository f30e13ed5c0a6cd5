import { getCspHash } from '../../src/site/csp';
import type { HtmlElement } from './html-scan';
import { getTagUrls } from './link-check';

/** Something in a built page that breaks the site's security rules. */
export interface MarkupProblem {
  rule:
    'csp-missing' | 'csp-unsafe' | 'inline-script' | 'inline-style' | 'event-handler' | 'script-url' | 'style-attribute' | 'external-rel';
  detail: string;
}

// Script types a browser never runs: data blocks need no CSP hash.
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json', 'speculationrules', 'importmap']);

/** The directives of a Content-Security-Policy value, by name. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

function isDataBlock(tag: HtmlElement): boolean {
  return DATA_SCRIPT_TYPES.has((tag.attributes['type'] ?? '').trim().toLowerCase());
}

/** Whether a URL would run script when followed or loaded (after the browser strips what it strips). */
function isScriptUrl(url: string): boolean {
  const scheme = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return scheme.startsWith('javascript:') || scheme.startsWith('vbscript:') || scheme.startsWith('data:text/html');
}

/**
 * Audits one built page, its elements as parseElements gives them, against the site's security
 * rules: a CSP `<meta>` with no 'unsafe-inline' or 'unsafe-eval' for scripts that lists the hash
 * of every inline script and style; no inline event handlers or style attributes; no script
 * URLs; off-site links without an opener or a referrer.
 */
export function auditMarkup(tags: readonly HtmlElement[]): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  const cspTag = tags.find((tag) => tag.name === 'meta' && tag.attributes['http-equiv']?.toLowerCase() === 'content-security-policy');
  const csp = cspTag ? parseCsp(cspTag.attributes['content'] ?? '') : undefined;
  const scriptSources = csp?.get('script-src-elem') ?? csp?.get('script-src') ?? csp?.get('default-src');
  const styleSources = csp?.get('style-src-elem') ?? csp?.get('style-src') ?? csp?.get('default-src');
  if (!csp || !scriptSources) problems.push({ rule: 'csp-missing', detail: 'no Content-Security-Policy <meta> with script-src' });
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:']) {
    if (scriptSources?.includes(unsafe)) problems.push({ rule: 'csp-unsafe', detail: `script-src allows ${unsafe}` });
  }

  for (const tag of tags) {
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (/^on[a-z]+$/.test(name)) problems.push({ rule: 'event-handler', detail: `<${tag.name} ${name}="${value.slice(0, 40)}">` });
      if (name === 'style') problems.push({ rule: 'style-attribute', detail: `<${tag.name} style="${value.slice(0, 40)}">` });
    }
    for (const url of [...getTagUrls(tag), tag.attributes['formaction'] ?? '']) {
      if (isScriptUrl(url)) problems.push({ rule: 'script-url', detail: `<${tag.name}> points at ${url.slice(0, 40)}` });
    }
    if (tag.name === 'script' && tag.attributes['src'] === undefined && !isDataBlock(tag)) {
      const hash = `'${getCspHash(tag.text)}'`;
      if (scriptSources && !scriptSources.includes(hash)) {
        problems.push({
          rule: 'inline-script',
          detail: `inline script ${hash} is not in the CSP: ${tag.text.trim().slice(0, 60)}`,
        });
      }
    }
    if (tag.name === 'style') {
      const hash = `'${getCspHash(tag.text)}'`;
      if (styleSources && !styleSources.includes(hash) && !styleSources.includes("'unsafe-inline'")) {
        problems.push({ rule: 'inline-style', detail: `inline style ${hash} is not in the CSP` });
      }
    }
    if (tag.name === 'a' && /^(https?:)?\/\//i.test(tag.attributes['href']?.trim() ?? '')) {
      const rel = (tag.attributes['rel'] ?? '').toLowerCase().split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
        problems.push({ rule: 'external-rel', detail: `<a href="${tag.attributes['href']}"> lacks rel="noopener noreferrer"` });
      }
    }
  }
  return problems;
}
