import type { ValidEntry } from '../checker/validate';

/** One address a source entry gives: its page, the copy it was read through, or its archived copy. */
export interface SourceLink {
  source: string;
  field: 'url' | 'via.url' | 'archive';
  url: string;
}

/** Every address the catalog's sources give, in file order: what the scheduled link check tries. */
export function getSourceLinks(entries: readonly ValidEntry[]): SourceLink[] {
  return entries
    .filter((entry) => entry.collection === 'sources')
    .flatMap((entry) => {
      const data = entry.data as { url?: string; via?: { url: string }; archive?: string };
      const links: SourceLink[] = [];
      if (data.url) links.push({ source: entry.id, field: 'url', url: data.url });
      if (data.via) links.push({ source: entry.id, field: 'via.url', url: data.via.url });
      if (data.archive) links.push({ source: entry.id, field: 'archive', url: data.archive });
      return links;
    });
}

/** A dead link as the report lists it. */
export interface DeadLink extends SourceLink {
  /** The HTTP status, or 0 when the server did not answer. */
  status: number;
}

/** The Markdown report: a job summary a maintainer reads, with every dead link and the entry to fix. */
export function formatLinkReport(checked: number, dead: readonly DeadLink[]): string {
  const head = `## Source links\n\n${dead.length} of ${checked} source ${checked === 1 ? 'address' : 'addresses'} did not load.`;
  if (!dead.length) return `${head}\n`;
  const rows = dead.map(
    (link) => `| \`content/sources/${link.source}.mdx\` | \`${link.field}\` | ${link.url} | ${link.status || 'no answer'} |`,
  );
  return `${head} Find a live copy (the publisher's new address, or a web archive's copy as \`archive\`), or record that it is gone.\n\n| source | field | address | status |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
}
