import { getPeriod } from '../../schemas/partial-date';
import type { SourceFile } from '../content-files';
import type { Problem } from '../problems';
import { getRefusedHost, isArchiveUrl } from '../source-hosts';
import type { ValidEntry } from '../validate';

// Rules that hold claims to their sources: a release no cited source postdates, and sources
// whose address, copy, reading date or archive cannot be relied on.

/** A dated claim of an entry: the date and where in the frontmatter it is. */
interface DatedClaim {
  path: (string | number)[];
  date: string;
  /** What the date says happened, for the message ("premiered"). */
  event: string;
}

/** The dates an entry states as past: a released production's premiere and seasons, an opened staging's first night. */
function getPastClaims(entry: ValidEntry): DatedClaim[] {
  const data = entry.data;
  if (entry.collection === 'productions') {
    const claims: DatedClaim[] = [];
    // Seasons are listed as released so far, whatever the production's status.
    (data['seasons'] as { number: number; premiere: string }[]).forEach((season, index) =>
      claims.push({ path: ['seasons', index, 'premiere'], date: season.premiere, event: `season ${season.number} premiered` }),
    );
    if (data['status'] === 'released' && typeof data['premiere'] === 'string') {
      claims.unshift({ path: ['premiere'], date: data['premiere'], event: 'premiered' });
    }
    return claims;
  }
  if (entry.collection === 'musicals') {
    return (data['stagings'] as { status: string; from?: string; city: string }[]).flatMap((staging, index) =>
      staging.status === 'released' && staging.from
        ? [{ path: ['stagings', index, 'from'], date: staging.from, event: `opened in ${staging.city}` }]
        : [],
    );
  }
  return [];
}

/**
 * Released dates no cited source could report: every source the entry cites was published
 * before the date (or has no date on record), so the sources support only that it was planned.
 */
function releaseProblems(file: SourceFile, entry: ValidEntry, published: ReadonlyMap<string, string | undefined>): Problem[] {
  const claims = getPastClaims(entry);
  if (!claims.length) return [];
  const cited = (entry.data['sources'] as { id: string }[]).map(({ id }) => ({ id, published: published.get(id) }));
  const dated = cited.filter((source): source is { id: string; published: string } => source.published !== undefined);
  const latest = dated.sort((a, b) => getPeriod(b.published).end - getPeriod(a.published).end)[0];
  const statusField = entry.collection === 'productions' ? '`status: announced`' : "the staging's `status: announced`";
  return claims.flatMap((claim): Problem[] => {
    // A source can report the event if it may have been published on or after the day it began.
    if (latest && getPeriod(latest.published).end >= getPeriod(claim.date).start) return [];
    return [
      {
        file: file.file,
        line: file.lineOf(claim.path),
        field: claim.path.join('.'),
        message: `says it ${claim.event} on ${claim.date}, but no cited source was published on or after that date`,
        found: latest ? `latest source \`${latest.id}\`, published ${latest.published}` : 'no cited source with a publication date',
        expected: `a cited source published on or after ${claim.date} that reports it`,
        suggestion: `cite a page published after the event that reports it, or mark it as planned (${statusField}) and word the body "was set to"`,
      },
    ];
  });
}

/** A source's address of record, copy, reading date and archive. */
function sourceProblems(file: SourceFile, entry: ValidEntry): Problem[] {
  const data = entry.data as { url?: string; via?: { url: string }; accessed?: string; archive?: string; published?: string };
  const problems: Problem[] = [];
  const at = (path: (string | number)[], problem: Omit<Problem, 'file' | 'line' | 'field'>) =>
    problems.push({ file: file.file, line: file.lineOf(path), field: path.join('.'), ...problem });
  if (data.url) {
    const refused = getRefusedHost(data.url);
    if (refused) {
      at(['url'], {
        message: `is on ${new URL(data.url).hostname}, ${refused.reason}`,
        found: data.url,
        expected: "the publisher's own page",
        suggestion:
          refused.kind === 'staging'
            ? "use the publisher's public address for the same page"
            : "give the publisher's own page as `url`, and record this copy as `via: { publisher, url }` (leave `url` out if the original cannot be found)",
      });
    }
  }
  if (data.via) {
    const refused = getRefusedHost(data.via.url);
    if (refused?.kind === 'staging') {
      at(['via', 'url'], {
        message: `is on ${new URL(data.via.url).hostname}, ${refused.reason}`,
        found: data.via.url,
        expected: 'a public copy',
      });
    }
  }
  if ((data.url || data.via) && !data.accessed) {
    at([data.url ? 'url' : 'via'], {
      message: 'has no `accessed` date: a reader cannot tell when the page last said what the entry cites it for',
      expected: '`accessed: YYYY-MM-DD`, the day you read it',
      suggestion: 'add `accessed` with the date you read the page',
    });
  }
  if (data.accessed && data.published && getPeriod(data.accessed).end < getPeriod(data.published).start) {
    at(['accessed'], {
      message: 'is before the source was published',
      found: data.accessed,
      expected: `a date on or after ${data.published}`,
    });
  }
  if (data.archive && !isArchiveUrl(data.archive)) {
    at(['archive'], {
      message: 'is not on a web archive',
      found: data.archive,
      expected: 'a web.archive.org or archive.today URL',
      suggestion: "give the archived copy's address, or leave `archive` out",
    });
  }
  return problems;
}

/** Problems of claims against their sources, over every valid entry. */
export function claimProblems(files: readonly SourceFile[], valid: readonly ValidEntry[]): Problem[] {
  const fileOf = new Map(files.map((file) => [`${file.collection}/${file.id}`, file]));
  const published = new Map(
    valid.filter((entry) => entry.collection === 'sources').map((entry) => [entry.id, entry.data['published'] as string | undefined]),
  );
  return valid.flatMap((entry) => {
    const file = fileOf.get(`${entry.collection}/${entry.id}`)!;
    return entry.collection === 'sources' ? sourceProblems(file, entry) : releaseProblems(file, entry, published);
  });
}
