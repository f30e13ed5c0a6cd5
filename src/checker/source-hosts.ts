// Which hosts a source may name. One list, so the checker, the contributing guide and the
// link-check workflow agree on it.

/** Why a host cannot be a source's address of record. */
export type RefusedHostKind = 'staging' | 'aggregator' | 'replica';

interface RefusedHost {
  kind: RefusedHostKind;
  /** Matches the URL's host name (lower case). */
  host: RegExp;
  reason: string;
}

/** Hosts that are not a publisher's page of record. A copy read on one of the last two kinds goes in `via`. */
export const REFUSED_HOSTS: readonly RefusedHost[] = [
  {
    kind: 'staging',
    host: /^(stg|stage|staging|preview|dev|test|beta)[.-]|\.(vercel\.app|netlify\.app|pages\.dev)$/,
    reason: 'a staging or preview host: its pages are drafts that move or vanish',
  },
  {
    kind: 'aggregator',
    host: /(^|\.)(yahoo\.com|yahoo\.co\.jp|msn\.com|news\.google\.com|flipboard\.com|newsbreak\.com|headtopics\.com|excite\.co\.jp|ground\.news)$/,
    reason: "an aggregator that republishes other publishers' articles",
  },
  {
    kind: 'replica',
    host: /(^|\.)(pressreader\.com|zinio\.com)$/,
    reason: "a replica edition of a newspaper, not the publisher's own page",
  },
];

/** Web archives whose copies an `archive` field may name. */
export const ARCHIVE_HOSTS: readonly RegExp[] = [/^web\.archive\.org$/, /^archive\.(today|ph|is|li|md|vn|fo)$/, /^webcitation\.org$/];

const hostOf = (url: string): string | undefined => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
};

/** The refused host a URL is on, if any. */
export function getRefusedHost(url: string): RefusedHost | undefined {
  const host = hostOf(url);
  return host === undefined ? undefined : REFUSED_HOSTS.find((refused) => refused.host.test(host));
}

/** True when a URL is on a web archive. */
export function isArchiveUrl(url: string): boolean {
  const host = hostOf(url);
  return host !== undefined && ARCHIVE_HOSTS.some((archive) => archive.test(host));
}
