import { describe, expect, it } from 'vitest';
import { getDocumentTitle, getEditionLinks, getPageMeta, type MetaTag } from '../../src/site/page-meta';
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
    expect(meta).toEqual({ alternates: [], tags: [{ name: 'robots', content: 'noindex' }] });
  });

  it('names the same page in every edition, reciprocally, with the English one as x-default', () => {
    const site = 'https://example.github.io';
    const base = '/hallyu-abroad';
    const korean = getPageMeta({
      title: '마물',
      description: 'x',
      pathname: '/hallyu-abroad/ko/productions/mamono/',
      site,
      base,
      locale: 'ko',
    });
    expect(korean.alternates).toEqual([
      { hreflang: 'en', href: 'https://example.github.io/hallyu-abroad/productions/mamono/' },
      { hreflang: 'ko', href: 'https://example.github.io/hallyu-abroad/ko/productions/mamono/' },
      { hreflang: 'ja', href: 'https://example.github.io/hallyu-abroad/ja/productions/mamono/' },
      { hreflang: 'x-default', href: 'https://example.github.io/hallyu-abroad/productions/mamono/' },
    ]);
    const english = getPageMeta({ title: 'Mamono', description: 'x', pathname: '/hallyu-abroad/productions/mamono/', site, base });
    expect(english.alternates).toEqual(korean.alternates);
    expect(content(korean.tags, 'og:locale')).toBe('ko_KR');
    expect(korean.tags.filter((tag) => 'property' in tag && tag.property === 'og:locale:alternate').map((tag) => tag.content)).toEqual([
      'en_GB',
      'ja_JP',
    ]);
    expect(content(korean.tags, 'og:image:alt')).toContain('한국 스튜디오');
  });

  it('leads the language picker to the same page in each edition, and from a missing page to each home', () => {
    expect(getEditionLinks('/ja/studios/sll/', true, '/')).toEqual({ en: '/studios/sll/', ko: '/ko/studios/sll/', ja: '/ja/studios/sll/' });
    expect(getEditionLinks('/ko/404/', false, '/x')).toEqual({ en: '/x/', ko: '/x/ko/', ja: '/x/ja/' });
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
