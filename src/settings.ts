import { resolve } from 'node:path';
import { z } from 'astro/zod';
import packageJson from '../package.json';

// The site's settings in one place: fixed facts (name, licences) and what the environment
// chooses (where the site is served, what it reads and writes, which repository it is built
// from), parsed once with zod so a wrong value stops the build with its variable named.

/** The site's name, as it appears in titles, cards and feeds. */
export const SITE_NAME = 'Hallyu Abroad';

/** The licence of the catalog's content (everything under content/). */
export const CONTENT_LICENCE = { spdx: 'CC-BY-SA-4.0', name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' };

/** The licence of the code. */
export const CODE_LICENCE = { spdx: 'MIT', name: 'MIT', url: 'https://spdx.org/licenses/MIT.html' };

/** The branch pull requests go to and the site is deployed from. */
export const DEFAULT_BRANCH = 'main';

/**
 * The site size, in megabytes on disk, up to which the service worker saves every page on
 * install (README, Offline): room for the catalog to double from the size it has now.
 */
const DEFAULT_OFFLINE_LIMIT_MB = 20;

const blankAsMissing = (value: unknown) => (value === '' ? undefined : value);
const optionalText = z.preprocess(blankAsMissing, z.string().optional());

const environmentSchema = z.object({
  /** The canonical origin, for absolute links in feeds, cards and structured data. */
  SITE_URL: z.preprocess(blankAsMissing, z.url({ protocol: /^https?$/ }).default('http://localhost:4321')),
  /** The sub-path a project site is served under ("/hallyu-abroad"); empty for the root. */
  BASE_PATH: z.preprocess(blankAsMissing, z.string().startsWith('/', 'a path starting with "/"').default('/')),
  /** Where the build writes. */
  OUT_DIR: z.preprocess(blankAsMissing, z.string().default('./dist')),
  /** Astro's cache folder. */
  ASTRO_CACHE_DIR: z.preprocess(blankAsMissing, z.string().default('./node_modules/.astro')),
  /** The content folder builds, checks and the benchmark read. */
  CONTENT_DIR: z.preprocess(blankAsMissing, z.string().default('content')),
  /** How much the service worker saves on install, in megabytes. */
  OFFLINE_LIMIT_MB: z.preprocess(
    blankAsMissing,
    z.coerce
      .number({ error: 'a size in megabytes, like 5 or 0.5' })
      .min(0, 'a size in megabytes, like 5 or 0.5')
      .default(DEFAULT_OFFLINE_LIMIT_MB),
  ),
  /** "owner/name" of the repository, which GitHub Actions sets on every job. */
  GITHUB_REPOSITORY: z.preprocess(
    blankAsMissing,
    z
      .string()
      .regex(/^[\w.-]+\/[\w.-]+$/, 'owner/name')
      .optional(),
  ),
  /** The GitHub host, which GitHub Actions sets (github.com, or an Enterprise server). */
  GITHUB_SERVER_URL: optionalText,
});

/** Everything the build, the checker and the pages read from the environment and package.json. */
export interface Settings {
  siteUrl: string;
  basePath: string;
  outDir: string;
  cacheDir: string;
  contentDir: string;
  offlineLimitBytes: number;
  /** The repository the site is built from, or undefined when none is configured: no edit links then. */
  repositoryUrl: string | undefined;
}

/** The repository package.json names, without `git+` or `.git`; undefined when it names none. */
export function getPackageRepository(manifest: { repository?: string | { url?: string } }): string | undefined {
  const url = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  return url?.replace(/^git\+/, '').replace(/\.git$/, '') || undefined;
}

/**
 * Reads the settings from an environment (default: this process's). A value of the wrong shape
 * throws an error naming the variable, what it takes and what it holds.
 */
export function readSettings(
  env: Record<string, string | undefined> = process.env,
  manifest: { repository?: string | { url?: string } } = packageJson as { repository?: string | { url?: string } },
): Settings {
  const result = environmentSchema.safeParse(env);
  if (!result.success) {
    const [issue] = result.error.issues;
    const name = String(issue!.path[0]);
    throw new Error(`${name}: expected ${issue!.message}; found ${JSON.stringify(env[name])}`);
  }
  const values = result.data;
  const server = (values.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  return {
    siteUrl: values.SITE_URL,
    basePath: values.BASE_PATH,
    outDir: values.OUT_DIR,
    cacheDir: values.ASTRO_CACHE_DIR,
    contentDir: resolve(values.CONTENT_DIR),
    offlineLimitBytes: values.OFFLINE_LIMIT_MB * 1e6,
    repositoryUrl: values.GITHUB_REPOSITORY ? `${server}/${values.GITHUB_REPOSITORY}` : getPackageRepository(manifest),
  };
}

/** The settings of this process, read once; a wrong value stops the process with one line, not a stack trace. */
export const settings: Settings = (() => {
  try {
    return readSettings();
  } catch (error) {
    console.error(`${SITE_NAME} settings: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
})();

/** GitHub's editor for a file of the repository ("content/studios/sll.mdx"): it forks and opens a pull request. */
export function getEditUrl(path: string, repositoryUrl: string): string {
  return `${repositoryUrl}/edit/${DEFAULT_BRANCH}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** The repository file of an entry. Entries always live in content/, whatever CONTENT_DIR a build reads. */
export function getEntryPath(collection: string, id: string): string {
  return `content/${collection}/${id}.mdx`;
}
