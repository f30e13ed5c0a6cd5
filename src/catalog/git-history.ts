import { execFileSync } from 'node:child_process';

/** When a file was first and last committed, as ISO 8601 dates with time and offset. */
export interface FileHistory {
  created: string;
  updated: string;
}

/**
 * Reads `git log --name-only --format=%x1e%cI` output (newest commit first: a record separator,
 * the commit date, then the paths it touched) into each path's first and last commit dates.
 */
export function parseGitLog(log: string): Map<string, FileHistory> {
  const history = new Map<string, FileHistory>();
  for (const record of log.split('\x1e')) {
    const [date, ...paths] = record
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (!date) continue;
    for (const path of paths) {
      const known = history.get(path);
      // Newest first: the first date seen is the last update, the last one seen the creation.
      history.set(path, { created: date, updated: known?.updated ?? date });
    }
  }
  return history;
}

const cache = new Map<string, Map<string, FileHistory>>();

/**
 * The history of every file under `contentDir`, by path relative to it ("productions/mamono.mdx"),
 * from one `git log` for the whole build (pages ask per entry; git runs once per folder). Empty
 * when the folder is not in a git work tree or git is missing. A shallow clone knows only its
 * own commits: deploys fetch the whole history (fetch-depth: 0).
 */
export function readGitHistory(contentDir: string): Map<string, FileHistory> {
  let history = cache.get(contentDir);
  if (!history) {
    try {
      const log = execFileSync('git', ['-C', contentDir, 'log', '--name-only', '--relative', '--format=%x1e%cI', '--', '.'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 256 * 1024 * 1024,
      });
      history = parseGitLog(log);
    } catch {
      history = new Map();
    }
    cache.set(contentDir, history);
  }
  return history;
}

/**
 * When an entry's file last changed: its last commit (YYYY-MM-DD, in the committer's time zone),
 * else the `updated` date its frontmatter gives, else nothing.
 */
export function getLastUpdated(
  entry: { collection: string; id: string; data: { updated?: string | undefined } },
  history: ReadonlyMap<string, FileHistory>,
): string | undefined {
  return history.get(`${entry.collection}/${entry.id}.mdx`)?.updated.slice(0, 10) ?? entry.data.updated;
}
