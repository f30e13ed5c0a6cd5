import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getBodyLocale } from '../../src/integrations/localized-footnotes';
import { safeLinksPlugin } from '../../src/integrations/safe-links';

/** Runs the plugin's link visitor on one `<a>` and returns the properties it ends with. */
function visit(href: unknown): Record<string, unknown> {
  const node = { tagName: 'a', properties: { href } as Record<string, unknown> };
  safeLinksPlugin.element.visit(node, {
    setProperty: (target, key, value) => {
      if (value === undefined) delete target.properties[key];
      else target.properties[key] = value;
    },
  });
  return node.properties;
}

describe('links in entry bodies, at render', () => {
  it('gives off-site links rel="noopener noreferrer external" and leaves site links alone', () => {
    expect(visit('https://eiga.com/news/20250306/2')).toEqual({
      href: 'https://eiga.com/news/20250306/2',
      rel: ['noopener', 'noreferrer', 'external'],
    });
    expect(visit('../../studios/sll/')).toEqual({ href: '../../studios/sll/' });
    expect(visit('#user-content-fn-1')).toEqual({ href: '#user-content-fn-1' });
  });

  it('drops the href of anything else, so it renders as text', () => {
    for (const href of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', '//evil.example/']) {
      expect(visit(href), href).toEqual({});
    }
  });
});

describe('the edition of an entry body', () => {
  it('is the locale folder a translation sits in, and none for an entry', () => {
    const at = (path: string) => pathToFileURL(join('/site/content', path));
    expect(getBodyLocale(at('ko/productions/mamono.mdx'), '/site/content')).toBe('ko');
    expect(getBodyLocale(at('productions/mamono.mdx'), '/site/content')).toBeUndefined();
    expect(getBodyLocale(undefined, '/site/content')).toBeUndefined();
  });
});
