import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseElements, type HtmlElement } from './html-scan';
import { normalizeBase } from '../../src/site/routes';

/** A link in a built page that leads nowhere. */
export interface BrokenLink {
  /** The page it is on, as a site path ("/studios/sll/"). */
  page: string;
  /** The link as written. */
  url: string;
  reason: string;
}

/** What a link check looked at and what it found broken. */
export interface LinkReport {
  pages: number;
  /** Internal links and asset references followed. */
  links: number;
  /** Of those, links with a #fragment whose target was looked up. */
  anchors: number;
  broken: BrokenLink[];
}

/** Where a build is served: its base path and, for absolute links to itself, its origin (SITE_URL). */
export interface SiteLocation {
  base: string;
  site?: string;
}

// Attributes that hold a URL the browser follows or loads, by element.
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  embed: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

// Absolute URLs of the site in meta tags: cards and previews must point at real files too.
const URL_METAS = new Set(['og:url', 'og:image', 'twitter:image']);

/** Every URL a tag points at: its URL attributes, each srcset candidate, and card images in meta tags. */
export function getTagUrls(tag: HtmlElement): string[] {
  if (tag.name === 'meta') {
    const key = tag.attributes['property'] ?? tag.attributes['name'] ?? '';
    return URL_METAS.has(key) && tag.attributes['content'] ? [tag.attributes['content']] : [];
  }
  return (URL_ATTRIBUTES[tag.name] ?? []).flatMap((attribute) => {
    const value = tag.attributes[attribute];
    if (value === undefined) return [];
    if (attribute === 'srcset')
      return value
        .split(',')
        .map((candidate) => candidate.trim().split(/\s+/)[0]!)
        .filter(Boolean);
    return [value.trim()];
  });
}

/** Ids an HTML page defines: `#fragment` targets (ids, and names of `<a>`). */
export function getAnchors(tags: readonly HtmlElement[]): Set<string> {
  const anchors = new Set<string>();
  for (const tag of tags) {
    if (tag.attributes['id'] !== undefined) anchors.add(tag.attributes['id']);
    if (tag.name === 'a' && tag.attributes['name'] !== undefined) anchors.add(tag.attributes['name']);
  }
  return anchors;
}

/** Every file of a built site, as paths relative to its folder with forward slashes ("studios/sll/index.html"). */
export function listSiteFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return files;
}

/** The site path a built file is served at: "studios/sll/index.html" -> "/base/studios/sll/". */
export function servedPath(file: string, base: string): string {
  return normalizeBase(base) + file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Follows every internal link, asset and `#fragment` in every page of a built site (a dist
 * folder) and reports those that lead to no file or no element. Off-site links are not
 * fetched; links to the site's own origin (SITE_URL) count as internal. Each page is parsed
 * once, and handed to `inspect` too, for other checks of every page: parsing is most of the time.
 */
export function checkLinks(
  distDir: string,
  location: SiteLocation,
  inspect: (file: string, tags: readonly HtmlElement[]) => void = () => {},
): LinkReport {
  const base = normalizeBase(location.base);
  // Relative links resolve against the page's address; any origin works when SITE_URL is not given.
  const origin = new URL(location.site ?? 'http://site.invalid').origin;
  const files = new Set(listSiteFiles(distDir));
  const pages = [...files].filter((file) => file.endsWith('.html'));
  // Every page's anchors first, since a link may point at a page further on.
  const anchorsOf = new Map<string, Set<string>>();
  const urlsOf = new Map<string, string[]>();
  for (const page of pages) {
    const tags = parseElements(readFileSync(join(distDir, page), 'utf8'));
    anchorsOf.set(page, getAnchors(tags));
    urlsOf.set(page, tags.flatMap(getTagUrls));
    inspect(page, tags);
  }

  const report: LinkReport = { pages: pages.length, links: 0, anchors: 0, broken: [] };
  for (const [page, urls] of urlsOf) {
    const pagePath = servedPath(page, base);
    const broken = (url: string, reason: string) => report.broken.push({ page: pagePath, url, reason });
    for (const url of urls) {
      let target: URL;
      let path: string;
      let fragment: string;
      try {
        target = new URL(url, origin + pagePath);
        path = decodeURIComponent(target.pathname);
        fragment = decodeURIComponent(target.hash.slice(1));
      } catch {
        broken(url, 'not a valid URL');
        continue;
      }
      if (target.origin !== origin || !/^https?:$/.test(target.protocol)) continue;
      report.links++;
      if (!path.startsWith(base)) {
        broken(url, `outside the base path ${base}`);
        continue;
      }
      const local = path.slice(base.length);
      const file = local === '' || local.endsWith('/') ? `${local}index.html` : local;
      if (!files.has(file)) {
        broken(url, files.has(`${local}/index.html`) ? 'missing its trailing slash' : 'no such page or file');
        continue;
      }
      // An empty fragment and "top" scroll to the top of any page (HTML standard).
      if (!fragment || fragment.toLowerCase() === 'top') continue;
      report.anchors++;
      if (!anchorsOf.get(file)?.has(fragment)) broken(url, `no element with id "${fragment}" on ${servedPath(file, base)}`);
    }
  }
  return report;
}

/** True when a site path of the build exists as a page or file (for sitemap and feed addresses). */
export function isServedPath(distDir: string, base: string, path: string): boolean {
  const prefix = normalizeBase(base);
  if (!path.startsWith(prefix)) return false;
  const local = decodeURIComponent(path.slice(prefix.length));
  return existsSync(join(distDir, local === '' || local.endsWith('/') ? `${local}index.html` : local));
}

/** Every link problem as one line each, for a test failure message. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  return broken.map((link) => `${link.page}: ${link.url} (${link.reason})`).join('\n');
}
