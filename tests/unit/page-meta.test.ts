import { describe, expect, it } from 'vitest';
import { getDocumentTitle, getPageMeta, type MetaTag } from '../../src/site/page-meta';
import { getHrefKind } from '../../src/site/safe-url';

const content = (tags: MetaTag[], key: string) => tags.find((tag) => ('property' in tag ? tag.property : tag.name) === key)?.content;

describe('page meta', () => {
  it('makes canonical, OpenGraph and Twitter URLs absolute on SITE_URL, keeping the base path', () => {
    const meta = getPageMeta({
      title: 'SLL',
      description: 'A studio.',
      pathname: '/hallyu-abroad/studios/sll/',
      site: 'https://example.github.io',
      base: '/hallyu-abroad',
      type: 'article',
    });
    expect(meta.canonical).toBe('https://example.github.io/hallyu-abroad/studios/sll/');
    expect(content(meta.tags, 'og:url')).toBe(meta.canonical);
    expect(content(meta.tags, 'og:type')).toBe('article');
    expect(content(meta.tags, 'og:image')).toBe('https://example.github.io/hallyu-abroad/og-card.png');
    expect(content(meta.tags, 'twitter:card')).toBe('summary_large_image');
    expect(content(meta.tags, 'twitter:image')).toBe(content(meta.tags, 'og:image'));
    expect(content(meta.tags, 'og:title')).toBe('SLL');
  });

  it('keeps the 404 page out of search engines, with no canonical URL of its own', () => {
    const meta = getPageMeta({
      title: 'Page not found',
      description: 'x',
      pathname: '/404.html',
      site: 'https://example.org',
      indexable: false,
    });
    expect(meta).toEqual({ tags: [{ name: 'robots', content: 'noindex' }] });
  });

  it('titles pages "<page> | Hallyu Abroad" and the home page by the site name alone', () => {
    expect(getDocumentTitle('Timeline')).toBe('Timeline | Hallyu Abroad');
    expect(getDocumentTitle('Hallyu Abroad')).toBe('Hallyu Abroad');
  });
});

describe('hrefs before they are rendered', () => {
  it('renders http(s) as external links, site paths and relative links as internal, and nothing else', () => {
    expect(getHrefKind('https://eiga.com/news/20250306/2')).toBe('external');
    expect(getHrefKind('http://example.org')).toBe('external');
    expect(getHrefKind('/studios/sll/')).toBe('internal');
    expect(getHrefKind('../../studios/sll/')).toBe('internal');
    expect(getHrefKind('#user-content-fn-1')).toBe('internal');
    for (const unsafe of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      '//evil.example/',
      'mailto:a@b.c',
    ]) {
      expect(getHrefKind(unsafe), unsafe).toBe('unsafe');
    }
  });
});
